<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en_US">
<context>
    <name>tsunagu::BranchFile</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>Configuring the file</source>
        <translation>ファイルの設定</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 は既に存在します。</translation>
    </message>
    <message>
        <source>Creating the file</source>
        <translation>ファイルの作成</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 を作成できません。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Tsunagu branch file.</source>
        <translation>%1 は SQLite データベースですが、つなぐのブランチファイルではありません。</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Tsunagu (file format %2; this version reads up to %3). Update Tsunagu to open it.</source>
        <translation>%1 は新しいバージョンのつなぐで保存されています（ファイル形式 %2。このバージョンで読み込めるのはファイル形式 %3 までです）。開くには、つなぐを更新してください。</translation>
    </message>
    <message>
        <source>Reading the regions</source>
        <translation>圏域の読み込み</translation>
    </message>
    <message>
        <source>Reading the municipalities</source>
        <translation>市町村の読み込み</translation>
    </message>
    <message>
        <source>Reading the branch details</source>
        <translation>ブランチ情報の読み込み</translation>
    </message>
    <message>
        <source>%1 is open read-only; changes cannot be saved.</source>
        <translation>%1 は読み取り専用で開かれているため、変更を保存できません。</translation>
    </message>
    <message>
        <source>Saving a copy to %1</source>
        <translation>%1 へのコピーの保存</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 は存在しません。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 はファイルではありません。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is not a Tsunagu branch file: it is not an SQLite database.</source>
        <translation>%1 はつなぐのブランチファイルではありません（SQLite データベースではありません）。</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened (%2). The file was not changed; open a backup copy instead.</source>
        <translation>%1 は破損しているため開けません（%2）。ファイルは変更されていません。代わりにバックアップのコピーを開いてください。</translation>
    </message>
    <message>
        <source>Saving the branch details</source>
        <translation>ブランチ情報の保存</translation>
    </message>
    <message>
        <source>Saving the regions</source>
        <translation>圏域の保存</translation>
    </message>
    <message>
        <source>Saving the municipalities</source>
        <translation>市町村の保存</translation>
    </message>
    <message>
        <source>Saving the chief coordinator</source>
        <translation>主任コーディネーターの保存</translation>
    </message>
    <message>
        <source>The branch needs a name.</source>
        <translation>ブランチ名を指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region of the master data.</source>
        <translation>「%1」はマスタデータにない圏域です。</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>%1 の読み込み</translation>
    </message>
    <message>
        <source>Tsunagu is still checking %1; changes can be saved when the check is done.</source>
        <translation>つなぐは %1 を確認中です。確認が終わると変更を保存できます。</translation>
    </message>
    <message>
        <source>%1 is busy: another program is saving to it right now. Try again when it has finished; nothing was changed.</source>
        <translation>%1 は使用中です（別のプログラムが保存しています）。保存が終わってから、もう一度お試しください。何も変更されていません。</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>Undoing the interrupted save</source>
        <translation>中断された保存の取り消し</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>%1 の確認</translation>
    </message>
    <message>
        <source>The last save to %1 was interrupted and must be undone before the file can be read. This PC cannot write to its folder: open the file once on a PC that can (or ask for write access). Nothing was changed; do not delete the file %2.</source>
        <translation>%1 への前回の保存が中断されています。ファイルを読み込む前にこの保存を取り消す必要がありますが、この PC からはファイルのフォルダーに書き込めません。書き込みできる PC でファイルを一度開いてください（または書き込み権限を依頼してください）。何も変更されていません。ファイル %2 は削除しないでください。</translation>
    </message>
    <message>
        <source>%1 is being saved by %2 right now. Try again in a moment; nothing was changed.</source>
        <translation>現在、%2 が %1 に保存しています。しばらくしてから、もう一度お試しください。何も変更されていません。</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>別のプログラム</translation>
    </message>
    <message>
        <source>The last save to %1 was interrupted (the program was closed, the PC lost power or the disk went away) and has been undone: the file holds what was saved before it.</source>
        <translation>%1 への前回の保存が中断されていたため（プログラムの終了、PC の電源断、ディスクの切断など）、その保存を取り消しました。ファイルには、それより前に保存された内容が入っています。</translation>
    </message>
</context>
<context>
    <name>tsunagu::CaseQuery</name>
    <message>
        <source>Counting cases</source>
        <translation>相談件数の集計</translation>
    </message>
    <message>
        <source>Reading cases</source>
        <translation>相談の読み込み</translation>
    </message>
    <message>
        <source>Searching cases</source>
        <translation>相談の検索</translation>
    </message>
    <message>
        <source>Sorting cases</source>
        <translation>ケースの並べ替え</translation>
    </message>
</context>
<context>
    <name>tsunagu::CaseRepository</name>
    <message>
        <source>a case number has at most 32 characters</source>
        <translation>相談番号は 32 文字以内にしてください</translation>
    </message>
    <message>
        <source>a case number has no spaces or line breaks</source>
        <translation>相談番号に空白や改行は使えません</translation>
    </message>
    <message>
        <source>the date is required</source>
        <translation>日付は必須です</translation>
    </message>
    <message>
        <source>%1 lies in the future</source>
        <translation>%1 は未来の日付です</translation>
    </message>
    <message>
        <source>the municipality is required</source>
        <translation>市町村は必須です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a municipality of the master data</source>
        <translation>「%1」はマスタデータにない市町村です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known code</source>
        <translation>「%1」は不明なコードです</translation>
    </message>
    <message>
        <source>%1 is before the date received (%2)</source>
        <translation>%1 は受付日（%2）より前です</translation>
    </message>
    <message>
        <source>the status history is not in date order</source>
        <translation>状況の履歴が日付順になっていません</translation>
    </message>
    <message>
        <source>the age must be between 0 and 29</source>
        <translation>年齢は 0～29 の範囲で指定してください</translation>
    </message>
    <message>
        <source>Numbering the case</source>
        <translation>相談番号の採番</translation>
    </message>
    <message>
        <source>Case number %1 is already in use.</source>
        <translation>相談番号 %1 は既に使われています。</translation>
    </message>
    <message>
        <source>Saving case %1</source>
        <translation>相談 %1 の保存</translation>
    </message>
    <message>
        <source>Case %1: %2: %3</source>
        <translation>相談 %1: %2: %3</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>（新規）</translation>
    </message>
    <message>
        <source>Only a stored case can be updated.</source>
        <translation>更新できるのは保存済みの相談だけです。</translation>
    </message>
    <message>
        <source>Case %1 no longer exists.</source>
        <translation>相談 %1 はもう存在しません。</translation>
    </message>
    <message>
        <source>Deleting a case</source>
        <translation>相談の削除</translation>
    </message>
    <message>
        <source>The case no longer exists.</source>
        <translation>この相談はもう存在しません。</translation>
    </message>
    <message>
        <source>Reading a case</source>
        <translation>相談の読み込み</translation>
    </message>
    <message>
        <source>Looking up a case</source>
        <translation>相談の検索</translation>
    </message>
    <message>
        <source>Counting cases</source>
        <translation>相談件数の集計</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given twice</source>
        <translation>「%1」が重複しています</translation>
    </message>
    <message>
        <source>Saving cases</source>
        <translation>相談の保存</translation>
    </message>
    <message>
        <source>the method is required</source>
        <translation>相談方法は必須です</translation>
    </message>
    <message>
        <source>the consulter is required</source>
        <translation>相談者は必須です</translation>
    </message>
    <message>
        <source>choose at least one topic</source>
        <translation>相談内容を 1 つ以上選んでください</translation>
    </message>
    <message>
        <source>Case %1: received_on: its contact log has a contact on %2, before %3; correct the contact log first</source>
        <translation>相談 %1: received_on: 対応記録に %3 より前の対応（%2）があります。先に対応記録を修正してください</translation>
    </message>
</context>
<context>
    <name>tsunagu::ContactRepository</name>
    <message>
        <source>the date is required</source>
        <translation>日付は必須です</translation>
    </message>
    <message>
        <source>%1 lies in the future</source>
        <translation>%1 は未来の日付です</translation>
    </message>
    <message>
        <source>choose what kind of contact it was</source>
        <translation>対応の種類を選んでください</translation>
    </message>
    <message>
        <source>choose how the contact was made</source>
        <translation>対応方法を選んでください</translation>
    </message>
    <message>
        <source>the minutes must be between 0 and 1440</source>
        <translation>時間（分）は 0～1440 の範囲で指定してください</translation>
    </message>
    <message>
        <source>Reading the contact log</source>
        <translation>対応記録の読み込み</translation>
    </message>
    <message>
        <source>Saving the contact log</source>
        <translation>対応記録の保存</translation>
    </message>
    <message>
        <source>The contact no longer exists.</source>
        <translation>この対応記録はもう存在しません。</translation>
    </message>
    <message>
        <source>Deleting a contact</source>
        <translation>対応記録の削除</translation>
    </message>
    <message>
        <source>Contact of %1: %2</source>
        <translation>%1 の対応: %2</translation>
    </message>
    <message>
        <source>%1 is before the date received (%2)</source>
        <translation>%1 は受付日（%2）より前です</translation>
    </message>
    <message>
        <source>Reading the case</source>
        <translation>相談の読み込み</translation>
    </message>
    <message>
        <source>The case no longer exists.</source>
        <translation>この相談はもう存在しません。</translation>
    </message>
</context>
<context>
    <name>tsunagu::CoordinatorRepository</name>
    <message>
        <source>A coordinator needs a name.</source>
        <translation>コーディネーターの氏名を指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a coordinator role.</source>
        <translation>「%1」はコーディネーターの役割ではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a municipality of the master data.</source>
        <translation>「%1」はマスタデータにない市町村です。</translation>
    </message>
    <message>
        <source>The training cohort is a number from 1.</source>
        <translation>養成研修の受講期は 1 以上の数で指定してください。</translation>
    </message>
    <message>
        <source>Reading the coordinators</source>
        <translation>コーディネーターの読み込み</translation>
    </message>
    <message>
        <source>Reading a coordinator</source>
        <translation>コーディネーターの読み込み</translation>
    </message>
    <message>
        <source>The coordinator no longer exists.</source>
        <translation>このコーディネーターはもう存在しません。</translation>
    </message>
    <message>
        <source>Saving a coordinator</source>
        <translation>コーディネーターの保存</translation>
    </message>
</context>
<context>
    <name>tsunagu::MasterData</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: row 1: the header must be %2</source>
        <translation>%1: 1 行目: 見出しは %2 にしてください</translation>
    </message>
    <message>
        <source>%1: row %2: %3</source>
        <translation>%1: %2 行目: %3</translation>
    </message>
    <message>
        <source>expected %1 columns, found %2</source>
        <translation>%1 列必要ですが、%2 列あります</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;</source>
        <translation>種別「%1」は不明です</translation>
    </message>
    <message>
        <source>region code, region name and municipality name must not be empty</source>
        <translation>圏域コード、圏域名、市町村名は空にできません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid 6-digit local government code</source>
        <translation>「%1」は正しい 6 桁の地方公共団体コードではありません</translation>
    </message>
    <message>
        <source>municipality %1 appears twice</source>
        <translation>市町村 %1 が重複しています</translation>
    </message>
    <message>
        <source>region %1 has two names, &quot;%2&quot; and &quot;%3&quot;</source>
        <translation>圏域 %1 に「%2」と「%3」の 2 つの名称があります</translation>
    </message>
    <message>
        <source>%1: no municipalities</source>
        <translation>%1: 市町村がありません</translation>
    </message>
</context>
<context>
    <name>tsunagu::SaveFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>the disk is full (%1)</source>
        <translation>ディスクの空き容量が不足しています（%1）</translation>
    </message>
    <message>
        <source>the data could not be written (is the disk full?)</source>
        <translation>データを書き込めませんでした（ディスクの空き容量が不足していないか確認してください）</translation>
    </message>
</context>
<context>
    <name>tsunagu::TextInput</name>
    <message>
        <source>a line break or tab (%1) at character %2 is not allowed in this field</source>
        <translation>この欄では、%2 文字目の改行またはタブ（%1）は使えません</translation>
    </message>
    <message>
        <source>an invisible control character (%1) at character %2 is not allowed</source>
        <translation>%2 文字目の目に見えない制御文字（%1）は使えません</translation>
    </message>
    <message>
        <source>an invisible character (%1) at character %2 is not allowed</source>
        <translation>%2 文字目の目に見えない文字（%1）は使えません</translation>
    </message>
</context>
<context>
    <name>tsunagu::calendar::DateInput</name>
    <message>
        <source>&quot;%1&quot; is not a date (expected YYYY-MM-DD)</source>
        <translation>「%1」は日付ではありません（YYYY-MM-DD の形式で入力してください）</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: there is no month %2</source>
        <translation>「%1」: %2 月はありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 has no day %3</source>
        <translation>「%1」: %2 に %3 日はありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: unknown era &quot;%2&quot;</source>
        <translation>「%1」: 元号「%2」は不明です</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: era years start at 1</source>
        <translation>「%1」: 和暦の年は 1（元年）から始まります</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 began on %3</source>
        <translation>「%1」: %2 は %3 に始まっています</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 ended on %3</source>
        <translation>「%1」: %2 は %3 に終わっています</translation>
    </message>
    <message>
        <source>no date given</source>
        <translation>日付が入力されていません</translation>
    </message>
</context>
<context>
    <name>tsunagu::calendar::JapaneseCalendar</name>
    <message>
        <source>row %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <source>the era table is not valid UTF-8</source>
        <translation>元号表が正しい UTF-8 ではありません</translation>
    </message>
    <message>
        <source>expected the header &quot;%1&quot;</source>
        <translation>見出しは「%1」にしてください</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>項目が %1 個必要ですが、%2 個あります</translation>
    </message>
    <message>
        <source>era code &quot;%1&quot; must be lower-case ASCII letters, digits or _</source>
        <translation>元号コード「%1」は ASCII の英小文字、数字、_ だけで指定してください</translation>
    </message>
    <message>
        <source>name_ja is empty</source>
        <translation>name_ja が空です</translation>
    </message>
    <message>
        <source>name_en is empty</source>
        <translation>name_en が空です</translation>
    </message>
    <message>
        <source>abbreviation &quot;%1&quot; must be one letter A-Z</source>
        <translation>略号「%1」は A～Z の 1 文字で指定してください</translation>
    </message>
    <message>
        <source>first_day &quot;%1&quot; is not a date (expected YYYY-MM-DD)</source>
        <translation>first_day「%1」は日付ではありません（YYYY-MM-DD の形式で指定してください）</translation>
    </message>
    <message>
        <source>duplicate era code &quot;%1&quot;</source>
        <translation>元号コード「%1」が重複しています</translation>
    </message>
    <message>
        <source>duplicate era name &quot;%1&quot;</source>
        <translation>元号名「%1」が重複しています</translation>
    </message>
    <message>
        <source>duplicate abbreviation &quot;%1&quot;</source>
        <translation>略号「%1」が重複しています</translation>
    </message>
    <message>
        <source>first_day %1 is not after %2, the first day of %3; list eras oldest first</source>
        <translation>first_day %1 が %3 の初日 %2 より後になっていません。元号は古い順に並べてください</translation>
    </message>
    <message>
        <source>the era table is empty (expected the header &quot;%1&quot;)</source>
        <translation>元号表が空です（見出し「%1」が必要です）</translation>
    </message>
    <message>
        <source>the era table lists no eras</source>
        <translation>元号表に元号がありません</translation>
    </message>
</context>
<context>
    <name>tsunagu::cli::CliText</name>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示する</translation>
    </message>
    <message>
        <source>Run &quot;tsunagu-cli %1 --help&quot; for usage.</source>
        <translation>使い方は &quot;tsunagu-cli %1 --help&quot; で表示できます。</translation>
    </message>
    <message>
        <source>The branch file.</source>
        <translation>ブランチファイル</translation>
    </message>
    <message>
        <source>tsunagu-cli %1: --%2 is required.</source>
        <translation>tsunagu-cli %1: --%2 を指定してください。</translation>
    </message>
    <message>
        <source>The branch name.</source>
        <translation>ブランチ名</translation>
    </message>
    <message>
        <source>The region code (e.g. shonan-east).</source>
        <translation>圏域コード（例: shonan-east）</translation>
    </message>
    <message>
        <source>The chief coordinator&apos;s name.</source>
        <translation>主任コーディネーターの氏名</translation>
    </message>
    <message>
        <source>Creates a new, empty branch file.</source>
        <translation>新しい空のブランチファイルを作成します。</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 を作成しました。</translation>
    </message>
    <message>
        <source>Shows what a branch file holds.</source>
        <translation>ブランチファイルの内容を表示します。</translation>
    </message>
    <message>
        <source>Branch: %1</source>
        <translation>ブランチ: %1</translation>
    </message>
    <message>
        <source>Region: %1 (%2)</source>
        <translation>圏域: %1（%2）</translation>
    </message>
    <message>
        <source>Chief coordinator: %1</source>
        <translation>主任コーディネーター: %1</translation>
    </message>
    <message>
        <source>Cases: %1</source>
        <translation>相談件数: %1</translation>
    </message>
    <message>
        <source>File format: %1</source>
        <translation>ファイル形式: %1</translation>
    </message>
    <message>
        <source>How many cases to make.</source>
        <translation>作成する相談の件数</translation>
    </message>
    <message>
        <source>Seed of the random generator.</source>
        <translation>乱数のシード</translation>
    </message>
    <message>
        <source>Make cases up to this date (YYYY-MM-DD; default today).</source>
        <translation>この日付までの相談を作成する（YYYY-MM-DD。既定: 今日）</translation>
    </message>
    <message>
        <source>Makes a branch file of realistic synthetic cases (no real people), for demos, tests and benchmarks. The file must not exist yet.</source>
        <translation>デモ・テスト・ベンチマーク用に、実際に近い架空の相談（実在の人物はいません）を収めたブランチファイルを作成します。既に存在するファイルは指定できません。</translation>
    </message>
    <message>
        <source>tsunagu-cli generate: --cases takes a whole number.</source>
        <translation>tsunagu-cli generate: --cases には 0 以上の整数を指定してください。</translation>
    </message>
    <message>
        <source>tsunagu-cli generate: --seed takes a whole number.</source>
        <translation>tsunagu-cli generate: --seed には 0 以上の整数を指定してください。</translation>
    </message>
    <message>
        <source>tsunagu-cli generate: --today takes a date as YYYY-MM-DD.</source>
        <translation>tsunagu-cli generate: --today には日付を YYYY-MM-DD の形式で指定してください。</translation>
    </message>
    <message>
        <source>Create a new, empty branch file.</source>
        <translation>新しい空のブランチファイルを作成</translation>
    </message>
    <message>
        <source>Show what a branch file holds.</source>
        <translation>ブランチファイルの内容を表示</translation>
    </message>
    <message>
        <source>Make a branch file of synthetic cases.</source>
        <translation>架空の相談でブランチファイルを作成</translation>
    </message>
    <message>
        <source>Usage: tsunagu-cli COMMAND [OPTIONS]</source>
        <translation>使い方: tsunagu-cli COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>Run &quot;tsunagu-cli COMMAND --help&quot; for the options of a command.</source>
        <translation>各コマンドのオプションは &quot;tsunagu-cli COMMAND --help&quot; で表示できます。</translation>
    </message>
    <message>
        <source>tsunagu-cli: unknown command &quot;%1&quot;.</source>
        <translation>tsunagu-cli: 「%1」というコマンドはありません。</translation>
    </message>
    <message>
        <source>Cannot write the output.</source>
        <translation>出力を書き込めません。</translation>
    </message>
    <message>
        <source>The CSV&apos;s encoding: auto (default), utf-8 or cp932.</source>
        <translation>CSV の文字コード: auto（既定）、utf-8、cp932 のいずれか</translation>
    </message>
    <message>
        <source>Branch name for a new branch file (default: the file name).</source>
        <translation>新しく作成するブランチファイルのブランチ名（既定: ファイル名）</translation>
    </message>
    <message>
        <source>Region code for a new branch file (default: the region most cases come from).</source>
        <translation>新しく作成するブランチファイルの圏域コード（既定: 相談が最も多い圏域）</translation>
    </message>
    <message>
        <source>The case CSV to import.</source>
        <translation>取り込む相談の CSV</translation>
    </message>
    <message>
        <source>Imports cases from a CSV file (exchange format) into a branch file, creating the branch file when it does not exist. All rows or none.</source>
        <translation>CSV ファイル（交換形式）から相談をブランチファイルに取り込みます。ブランチファイルがなければ作成します。1 行でも誤りがあれば何も取り込みません。</translation>
    </message>
    <message>
        <source>tsunagu-cli import: name one CSV file.</source>
        <translation>tsunagu-cli import: CSV ファイルを 1 つ指定してください。</translation>
    </message>
    <message>
        <source>tsunagu-cli import: --encoding takes auto, utf-8 or cp932.</source>
        <translation>tsunagu-cli import: --encoding には auto、utf-8、cp932 のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s) from %1 (%2).</source>
        <translation>
            <numerusform>%1 から %n 件の相談を取り込みました（%2）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n coordinator(s) named in the file.</source>
        <translation>
            <numerusform>ファイルに記載されていたコーディネーター %n 人を追加しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Include names and contact details (personal data).</source>
        <translation>氏名・連絡先（個人情報）も含める</translation>
    </message>
    <message>
        <source>Japanese headers and labels instead of codes.</source>
        <translation>コードの代わりに日本語の見出しと表示名を使う</translation>
    </message>
    <message>
        <source>Write to this file instead of stdout.</source>
        <translation>標準出力ではなくこのファイルに書き込む</translation>
    </message>
    <message>
        <source>tsunagu-cli summary: give the period as --from and --to, --month or --fiscal-year (one of them).</source>
        <translation>tsunagu-cli summary: 期間は --from と --to、--month、--fiscal-year のいずれか 1 つで指定してください。</translation>
    </message>
    <message>
        <source>tsunagu-cli summary: --month takes YYYY-MM.</source>
        <translation>tsunagu-cli summary: --month は YYYY-MM の形式で指定してください。</translation>
    </message>
    <message>
        <source>tsunagu-cli summary: --fiscal-year takes the year it starts in (2024 for 2024-04-01 to 2025-03-31).</source>
        <translation>tsunagu-cli summary: --fiscal-year には年度が始まる年を指定してください（2024-04-01～2025-03-31 の年度なら 2024）。</translation>
    </message>
    <message>
        <source>tsunagu-cli summary: --from and --to go together.</source>
        <translation>tsunagu-cli summary: --from と --to は両方とも指定してください。</translation>
    </message>
    <message>
        <source>tsunagu-cli summary: %1</source>
        <translation>tsunagu-cli summary: %1</translation>
    </message>
    <message>
        <source>tsunagu-cli summary: --to is before --from.</source>
        <translation>tsunagu-cli summary: --to が --from より前です。</translation>
    </message>
    <message>
        <source>First day received (YYYY-MM-DD).</source>
        <translation>期間の最初の受付日（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>Last day received (YYYY-MM-DD).</source>
        <translation>期間の最後の受付日（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>A calendar month.</source>
        <translation>対象の月</translation>
    </message>
    <message>
        <source>A fiscal year, by the year it starts in (April).</source>
        <translation>年度（4 月に始まる年で指定）</translation>
    </message>
    <message>
        <source>json (default), csv or text.</source>
        <translation>json（既定）、csv、text のいずれか</translation>
    </message>
    <message>
        <source>Language of csv and text output: ja (default) or en.</source>
        <translation>csv・text 出力の言語: ja（既定）または en</translation>
    </message>
    <message>
        <source>Prints the statistics of the cases received in a period; each case&apos;s status as it stood on the period&apos;s last day.</source>
        <translation>期間内に受け付けた相談の統計を出力します。各相談の状況は期間末日時点のものです。</translation>
    </message>
    <message>
        <source>tsunagu-cli summary: --format takes json, csv or text.</source>
        <translation>tsunagu-cli summary: --format には json、csv、text のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>tsunagu-cli summary: --language takes ja or en.</source>
        <translation>tsunagu-cli summary: --language には ja または en を指定してください。</translation>
    </message>
    <message>
        <source>Import cases from a CSV file.</source>
        <translation>CSV ファイルから相談を取り込む</translation>
    </message>
    <message>
        <source>Export cases as CSV.</source>
        <translation>相談を CSV で書き出す</translation>
    </message>
    <message>
        <source>Print the statistics of a period.</source>
        <translation>期間の統計を出力</translation>
    </message>
    <message numerus="yes">
        <source>Generated %n case(s) in %1.</source>
        <translation>
            <numerusform>%1 に %n 件の相談を作成しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Spread the cases over this many fiscal years up to --today (default 2).</source>
        <translation>相談を --today までのこの年度数に分散させる（既定 2）。</translation>
    </message>
    <message>
        <source>tsunagu-cli generate: --years takes a whole number from 1 to 100.</source>
        <translation>tsunagu-cli generate: --years には 1～100 の整数を指定してください。</translation>
    </message>
    <message>
        <source>Cannot write the output: %1</source>
        <translation>出力を書き込めません: %1</translation>
    </message>
    <message>
        <source>When only indexes are damaged, rebuild them (REINDEX).</source>
        <translation>インデックスだけが破損している場合は、インデックスを再構築する（REINDEX）</translation>
    </message>
    <message>
        <source>Runs the full check of a branch file (integrity_check), which also finds damaged indexes that give wrong counts; remembers the result on this PC.</source>
        <translation>ブランチファイルの完全検査（integrity_check）を実行します。集計を誤らせるインデックスの破損も検出します。検査結果はこの PC に記録されます。</translation>
    </message>
    <message>
        <source>%1 passed the full check.</source>
        <translation>%1 の完全検査で問題は見つかりませんでした。</translation>
    </message>
    <message>
        <source>The indexes of %1 were rebuilt; it now passes the full check.</source>
        <translation>%1 のインデックスを再構築しました。再度の完全検査で問題は見つかりませんでした。</translation>
    </message>
    <message>
        <source>Check a branch file fully; repair damaged indexes.</source>
        <translation>ブランチファイルを完全検査し、破損したインデックスを修復する</translation>
    </message>
    <message>
        <source>Exports every case as CSV (exchange format, UTF-8 with BOM). Personal data is left out unless asked for.
A case CSV carries each case&apos;s current status only: not the status history, not the contact log, not who was in charge when, and of a coordinator only the name. A branch imported from it shows different figures for past periods. To move a branch whole, use File &gt; Save a Copy in the app.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tsunagu::exchange::CaseCsv</name>
    <message>
        <source>row %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>%1 行目、列「%2」: %3</translation>
    </message>
    <message>
        <source>… and %1 more problems</source>
        <translation>…ほかに %1 件の問題があります</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) in the file.</source>
        <translation>
            <numerusform>ファイルに %n 件の問題があるため、何も取り込みませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known code or label</source>
        <translation>「%1」はどのコードにも表示名にも当たりません</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>何も取り込みませんでした: %1</translation>
    </message>
    <message>
        <source>Nothing was imported: the file is empty.</source>
        <translation>ファイルが空のため、何も取り込みませんでした。</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>a column has no header</source>
        <translation>見出しのない列があります</translation>
    </message>
    <message>
        <source>unknown column</source>
        <translation>不明な列です</translation>
    </message>
    <message>
        <source>the column appears twice</source>
        <translation>列が重複しています</translation>
    </message>
    <message>
        <source>the required column %1 (%2) is missing</source>
        <translation>必須の列 %1（%2）がありません</translation>
    </message>
    <message>
        <source>%1 fields, but the header has %2</source>
        <translation>項目が %1 個ありますが、見出しは %2 個です</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>値が入力されていません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a municipality code or name</source>
        <translation>「%1」は市町村コードでも市町村名でもありません</translation>
    </message>
    <message>
        <source>%1 is before the date received (%2)</source>
        <translation>%1 は受付日（%2）より前です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of years</source>
        <translation>「%1」は年数を表す整数ではありません</translation>
    </message>
    <message>
        <source>case number %1 repeats row %2</source>
        <translation>相談番号 %1 は %2 行目と重複しています</translation>
    </message>
    <message>
        <source>Nothing was imported: the file has no cases below its header.</source>
        <translation>ファイルの見出し行の下に相談がないため、何も取り込みませんでした。</translation>
    </message>
    <message>
        <source>case number %1 is already in the branch file</source>
        <translation>相談番号 %1 は既にブランチファイルにあります</translation>
    </message>
    <message>
        <source>Exporting cases</source>
        <translation>相談の書き出し</translation>
    </message>
    <message>
        <source>Exporting cases: %1</source>
        <translation>相談の書き出し: %1</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>書き出しを中止しました。</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>取り込みを中止しました。</translation>
    </message>
    <message>
        <source>the columns are separated by %1, not by commas: save the sheet as &quot;CSV&quot; (comma separated)</source>
        <translation>列がコンマではなく%1で区切られています。シートを「CSV (コンマ区切り)」形式で保存し直してください</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>セミコロン</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>タブ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known code or label (separate several values with &quot;;&quot;)</source>
        <translation>「%1」はどのコードにも表示名にも当たりません（複数の値は「;」で区切ってください）</translation>
    </message>
    <message>
        <source>%1 characters, more than the %2 a field may hold (is a quote not closed where it should be?)</source>
        <translation>%1 文字あり、1 つの項目に入る上限の %2 文字を超えています（引用符が正しく閉じられていない可能性があります）</translation>
    </message>
</context>
<context>
    <name>tsunagu::exchange::CsvReader</name>
    <message>
        <source>row %1: a quoted field is not closed</source>
        <translation>%1 行目: 引用符で始まる項目が閉じられていません</translation>
    </message>
    <message>
        <source>row %1, column %2: a quote inside an unquoted field</source>
        <translation>%1 行目、%2 列目: 引用符で囲まれていない項目の中に引用符があります</translation>
    </message>
    <message>
        <source>row %1, column %2: text after the closing quote of a quoted field</source>
        <translation>%1 行目、%2 列目: 引用符で囲まれた項目の閉じ引用符の後に文字があります</translation>
    </message>
</context>
<context>
    <name>tsunagu::exchange::TextCodec</name>
    <message>
        <source>Shift_JIS (CP932) text cannot be converted on this system.</source>
        <translation>このシステムでは Shift_JIS (CP932) のテキストを変換できません。</translation>
    </message>
    <message>
        <source>The file is not valid %1 text: the first invalid byte is on line %2.</source>
        <translation>ファイルは正しい %1 のテキストではありません。最初の不正なバイトは %2 行目にあります。</translation>
    </message>
    <message>
        <source>The file is UTF-16 text, which cannot be imported: save it as &quot;CSV UTF-8&quot; or &quot;CSV&quot; instead.</source>
        <translation>ファイルは UTF-16 のテキストのため取り込めません。「CSV UTF-8」または「CSV」形式で保存し直してください。</translation>
    </message>
    <message>
        <source>The file looks like an Excel workbook, not CSV text: save it as &quot;CSV UTF-8&quot; or &quot;CSV&quot; first.</source>
        <translation>ファイルは CSV テキストではなく Excel ブックのようです。先に「CSV UTF-8」または「CSV」形式で保存してください。</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor Shift_JIS (CP932) text: the first byte that is invalid as UTF-8 is on line %1, as Shift_JIS on line %2.</source>
        <translation>ファイルは UTF-8 のテキストでも Shift_JIS (CP932) のテキストでもありません。最初の不正なバイトは、UTF-8 としては %1 行目、Shift_JIS としては %2 行目にあります。</translation>
    </message>
    <message>
        <source>The character &quot;%1&quot; (U+%2) on line %3 has no Shift_JIS (CP932) form.</source>
        <translation>%3 行目の文字「%1」(U+%2) は Shift_JIS (CP932) で表せません。</translation>
    </message>
</context>
<context>
    <name>tsunagu::statistics</name>
    <message>
        <source>Counting contacts</source>
        <translation>対応延べ件数の集計</translation>
    </message>
</context>
<context>
    <name>tsunagu::statistics::ReportData</name>
    <message>
        <source>The month of the report is not a valid date.</source>
        <translation>報告書の対象月が正しい日付ではありません。</translation>
    </message>
    <message>
        <source>The first day of the period is after its last day.</source>
        <translation>期間の開始日が終了日より後になっています。</translation>
    </message>
</context>
<context>
    <name>tsunagu::statistics::StatisticsEngine</name>
    <message>
        <source>The period %1 to %2 is not a valid range of dates.</source>
        <translation>期間 %1～%2 は正しい日付の範囲ではありません。</translation>
    </message>
    <message>
        <source>Counting cases</source>
        <translation>相談件数の集計</translation>
    </message>
    <message>
        <source>Counting open cases</source>
        <translation>未完了の相談件数の集計</translation>
    </message>
    <message>
        <source>Counting was cancelled.</source>
        <translation>集計を中止しました。</translation>
    </message>
</context>
<context>
    <name>tsunagu::storage</name>
    <message>
        <source>Updating the file structure</source>
        <translation>ファイル構造の更新</translation>
    </message>
    <message>
        <source>No migration from schema version %1 to %2</source>
        <translation>ファイル形式 %1 から %2 への更新手順がありません</translation>
    </message>
    <message>
        <source>Upgrading to schema version %1 (%2): %3</source>
        <translation>ファイル形式 %1 への更新（%2）: %3</translation>
    </message>
    <message>
        <source>Recording the schema version</source>
        <translation>ファイル形式のバージョンの記録</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1に失敗しました: %2</translation>
    </message>
    <message>
        <source>Reading the file&apos;s structure</source>
        <translation>ファイル構造の読み込み</translation>
    </message>
    <message>
        <source>the table %1 is missing</source>
        <translation>テーブル %1 がありません</translation>
    </message>
    <message>
        <source>the column %1 of the table %2 is missing</source>
        <translation>テーブル %2 の列 %1 がありません</translation>
    </message>
    <message>
        <source>%1 is a Tsunagu branch file (or its journal or lock file); writing there would destroy it. Choose another file name.</source>
        <translation>%1 はつなぐのブランチファイル（またはそのジャーナルファイルかロックファイル）です。ここに書き込むとファイルが壊れます。別のファイル名を指定してください。</translation>
    </message>
    <message>
        <source>Starting to read</source>
        <translation>読み込みの開始</translation>
    </message>
    <message>
        <source>the branch file</source>
        <translation>ブランチファイル</translation>
    </message>
    <message>
        <source>%1 failed: %2 or its journal could not be opened (%3).</source>
        <translation>%1に失敗しました: %2 またはそのジャーナルファイルを開けませんでした（%3）。</translation>
    </message>
    <message>
        <source>%1 failed: %2 cannot be written (%3).</source>
        <translation>%1に失敗しました: %2 に書き込めません（%3）。</translation>
    </message>
    <message>
        <source>%1 failed: %2 is damaged (%3).</source>
        <translation>%1に失敗しました: %2 は破損しています（%3）。</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>何も保存されていません。</translation>
    </message>
    <message>
        <source>%1 failed: the disk is full. Free some space on the disk that holds %2 and try again.</source>
        <translation>%1に失敗しました: ディスクがいっぱいです。%2 があるディスクの空き容量を増やしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 failed: %2 could not be read or written (%3). The disk or the network share may have gone away; check the connection and try again.</source>
        <translation>%1に失敗しました: %2 を読み書きできませんでした（%3）。ディスクまたはネットワーク共有が切断された可能性があります。接続を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 failed: another program is using %2 right now; try again in a moment.</source>
        <translation>%1に失敗しました: 別のプログラムが %2 を使用中です。しばらくしてから、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>tsunagu::storage::BranchLock</name>
    <message>
        <source>The branch file is already open for editing by %1.</source>
        <translation>このブランチファイルは、既に %1 が編集用に開いています。</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>別のプログラム</translation>
    </message>
    <message>
        <source>The lock on the branch file was taken over by %1; changes can no longer be saved.</source>
        <translation>ブランチファイルのロックが %1 に引き継がれたため、変更を保存できなくなりました。</translation>
    </message>
    <message>
        <source>Cannot refresh the lock file %1: %2</source>
        <translation>ロックファイル %1 を更新できません: %2</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>%1 on %2 since %3</source>
        <translation>%1（コンピューター: %2、開始: %3）</translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation>不明なユーザー</translation>
    </message>
    <message>
        <source>an unknown computer</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>the file could not be put in place</source>
        <translation>ファイルを所定の場所に配置できませんでした</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1: %2</source>
        <translation>ロックファイル %1 を作成できません: %2</translation>
    </message>
    <message>
        <source>Waiting for the lock was cancelled.</source>
        <translation>ロックの解除待ちを中止しました。</translation>
    </message>
    <message numerus="yes">
        <source>The branch file is open for editing by %1 on another computer, or was left open there. Tsunagu watches its lock: a program that is still running renews it every few seconds. If it is not renewed within %n second(s), it was left behind and Tsunagu takes over.</source>
        <translation>
            <numerusform>このブランチファイルは、%1 が別のコンピューターで編集用に開いているか、そこで開いたまま残されています。つなぐはロックを監視しています。実行中のプログラムは数秒ごとにロックを更新します。%n 秒以内に更新されなければ、残されたロックと判断して、つなぐが引き継ぎます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The lock file of the branch file cannot be read (it is empty or incomplete, perhaps left by a program that ended abruptly). Tsunagu watches it: if nothing renews it within %n second(s), it was left behind and Tsunagu takes over.</source>
        <translation>
            <numerusform>ブランチファイルのロックファイルを読み込めません（空または不完全です。異常終了したプログラムが残したものかもしれません）。つなぐはロックファイルを監視しています。%n 秒以内に更新されなければ、残されたロックと判断して、つなぐが引き継ぎます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another program is taking over a lock left behind on the branch file. Tsunagu waits for it to finish (at most %n second(s)).</source>
        <translation>
            <numerusform>ブランチファイルに残されたロックを、別のプログラムが引き継いでいます。つなぐはその完了を待ちます（最長 %n 秒）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the lock file %1.</source>
        <translation>ロックファイル %1 を読み込めません。</translation>
    </message>
    <message>
        <source>The lock file of the branch file was removed by another program; changes can no longer be saved.</source>
        <translation>ブランチファイルのロックファイルが別のプログラムによって削除されたため、変更を保存できなくなりました。</translation>
    </message>
</context>
<context>
    <name>tsunagu::storage::FileCheck</name>
    <message>
        <source>The check was cancelled.</source>
        <translation>検査を中止しました。</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>%1 の検査</translation>
    </message>
    <message>
        <source>%1 failed its full check (%2). Figures from it could be wrong, so none are printed or sent.</source>
        <translation>%1 の完全検査で問題が見つかりました（%2）。集計値が正しくない可能性があるため、印刷や送信はできません。</translation>
    </message>
    <message>
        <source>The cases themselves are damaged: do not change the file; open a backup copy and keep this one for a closer look.</source>
        <translation>相談のデータ自体が破損しています。このファイルは変更しないでください。バックアップのコピーを開き、このファイルは詳しく調べるために保管してください。</translation>
    </message>
    <message>
        <source>Repairing the indexes of %1</source>
        <translation>%1 のインデックスの修復</translation>
    </message>
    <message>
        <source>Only its indexes are damaged; the cases themselves are intact. Repair them with File &gt; Check the File (it offers the repair), or `tsunagu-cli check --db FILE --repair`.</source>
        <translation>破損しているのはインデックスだけで、相談の記録そのものは無事です。「ファイル」→「ファイルの検査」（修復を案内します）、または `tsunagu-cli check --db FILE --repair` で修復してください。</translation>
    </message>
    <message>
        <source>%1 failed its last full check on this PC (%2). Figures from it could be wrong, so none are printed or sent. Check it again with File &gt; Check the File, or `tsunagu-cli check --db FILE`.</source>
        <translation>%1 は、この PC での前回の完全検査（%2）に合格しませんでした。集計値が誤っているおそれがあるため、印刷も送付もしません。「ファイル」→「ファイルの検査」、または `tsunagu-cli check --db FILE` でもう一度検査してください。</translation>
    </message>
</context>
<context>
    <name>tsunagu::storage::ReadConnection</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
</context>
<context>
    <name>tsunagu::storage::WriteTransaction</name>
    <message>
        <source>The branch file is busy: another program is writing to it. Nothing was saved; try again in a moment.</source>
        <translation>ブランチファイルは使用中です（別のプログラムが書き込んでいます）。何も保存されていません。しばらくしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Starting a transaction</source>
        <translation>トランザクションの開始</translation>
    </message>
    <message>
        <source>Saving failed: no change was begun.</source>
        <translation>保存に失敗しました: 変更が開始されていません。</translation>
    </message>
    <message>
        <source>Saving failed: the change was interrupted by an error and has been undone. Nothing was saved.</source>
        <translation>保存に失敗しました: エラーで変更が中断されたため、取り消しました。何も保存されていません。</translation>
    </message>
    <message>
        <source>Saving was cancelled while another program was reading the branch file. Nothing was saved.</source>
        <translation>別のプログラムがブランチファイルを読み込んでいる間に、保存が中止されました。何も保存されていません。</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::BusyOverlay</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::BusyWaitPrompt</name>
    <message>
        <source>Waiting to save</source>
        <translation>保存の待機中</translation>
    </message>
    <message>
        <source>Cancel (do not save)</source>
        <translation>キャンセル（保存しない）</translation>
    </message>
    <message>
        <source>Waiting for another program that is reading %1 (a report, a count or another PC)…</source>
        <translation>%1 を読み込んでいる別のプログラム（報告書、集計、別の PC など）の終了を待っています…</translation>
    </message>
    <message>
        <source>Waiting for another program that is saving to %1…</source>
        <translation>%1 に保存している別のプログラムの終了を待っています…</translation>
    </message>
    <message numerus="yes">
        <source>Waited %n second(s) so far. Nothing is lost while you wait.</source>
        <translation>
            <numerusform>待機中（%n 秒経過）。待っている間にデータが失われることはありません。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::CaseEditorDialog</name>
    <message>
        <source>not recorded</source>
        <translation>未記録</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>相談(&amp;C)</translation>
    </message>
    <message>
        <source>Contact lo&amp;g</source>
        <translation>対応記録(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the case and close (Ctrl+S)</source>
        <translation>相談を保存して閉じる (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>保存せずに閉じる (Esc)</translation>
    </message>
    <message>
        <source>This branch file is open read-only: the case can be viewed but not changed.</source>
        <translation>このブランチファイルは読み取り専用で開かれています。相談を閲覧できますが、変更はできません。</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>相談の概要</translation>
    </message>
    <message>
        <source>assigned on save</source>
        <translation>保存時に採番</translation>
    </message>
    <message>
        <source>Leave empty to number the case automatically (fiscal year and sequence).</source>
        <translation>空欄にすると自動で採番します（年度と連番）。</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>相談番号</translation>
    </message>
    <message>
        <source>&amp;Received on</source>
        <translation>受付日(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation>市町村(&amp;M)</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>選択してください</translation>
    </message>
    <message>
        <source>Met&amp;hod</source>
        <translation>相談方法(&amp;H)</translation>
    </message>
    <message>
        <source>Co&amp;nsulter</source>
        <translation>相談者(&amp;N)</translation>
    </message>
    <message>
        <source>Coor&amp;dinator</source>
        <translation>コーディネーター(&amp;D)</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>The child&apos;s age in years at intake (0-29).</source>
        <translation>受付時点の対象児の年齢（0～29 歳）。</translation>
    </message>
    <message>
        <source>Child&apos;s &amp;age (years)</source>
        <translation>対象児の年齢（歳）(&amp;A)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>The date the status took effect. A new status is recorded in the history from this date.</source>
        <translation>この状況になった日付です。新しい状況は、この日付から履歴に記録されます。</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>状況(&amp;T)</translation>
    </message>
    <message>
        <source>since</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>状況の履歴</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>個人情報</translation>
    </message>
    <message>
        <source>Kept only in this branch file: personal data never appears in reports, statistics or exports.</source>
        <translation>このブランチファイルにだけ保存されます。個人情報が報告書・統計・書き出しに含まれることはありません。</translation>
    </message>
    <message>
        <source>Phone, e-mail or address</source>
        <translation>電話番号、メールアドレス、住所など</translation>
    </message>
    <message>
        <source>Child&apos;s name</source>
        <translation>対象児の氏名</translation>
    </message>
    <message>
        <source>Consulter&apos;s name</source>
        <translation>相談者の氏名</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>To&amp;pics</source>
        <translation>相談内容(&amp;P)</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>相談内容</translation>
    </message>
    <message>
        <source>Care n&amp;eeds</source>
        <translation>医療的ケア(&amp;E)</translation>
    </message>
    <message>
        <source>Care needs</source>
        <translation>医療的ケア</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>備考(&amp;O)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation>対応記録</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>時間（分）</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>Add a contact dated today (Insert)</source>
        <translation>今日の日付で対応を追加 (Insert)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected contacts (Delete)</source>
        <translation>選択した対応を削除 (Delete)</translation>
    </message>
    <message>
        <source>Double-click a cell or press F2 to edit it; Tab moves to the next cell. Insert adds a contact, Delete removes the selected ones.</source>
        <translation>セルをダブルクリックするか F2 キーを押すと編集できます。Tab キーで次のセルに移動します。Insert キーで対応を追加、Delete キーで選択した対応を削除します。</translation>
    </message>
    <message>
        <source>The case cannot be shown: %1</source>
        <translation>相談を表示できません: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>coordinator name (role)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1（活動終了）</translation>
    </message>
    <message>
        <source>Coordinator #%1</source>
        <translation>コーディネーター #%1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>閉じる (Esc)</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>圏域: %1</translation>
    </message>
    <message>
        <source>Recorded when the case is saved</source>
        <translation>相談の保存時に記録されます</translation>
    </message>
    <message>
        <source>New case — Tsunagu</source>
        <translation>新しい相談 — つなぐ</translation>
    </message>
    <message>
        <source>Case %1 — Tsunagu</source>
        <translation>相談 %1 — つなぐ</translation>
    </message>
    <message>
        <source>Contact lo&amp;g (%1)</source>
        <translation>対応記録(&amp;G) (%1)</translation>
    </message>
    <message>
        <source>No contacts recorded yet.</source>
        <translation>対応記録はまだありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s); the last on %1.</source>
        <translation>
            <numerusform>対応 %n 件（最終対応日: %1）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s).</source>
        <translation>
            <numerusform>対応 %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a municipality in the list</source>
        <translation>「%1」は一覧にない市町村です</translation>
    </message>
    <message>
        <source>case number %1 is already in use; leave it empty to number the case automatically</source>
        <translation>相談番号 %1 は既に使われています。空欄にすると自動で採番します</translation>
    </message>
    <message>
        <source>a later change to &quot;%1&quot; is recorded on %2; choose a date after it</source>
        <translation>%2 に「%1」への変更が記録されています。それより後の日付を指定してください</translation>
    </message>
    <message>
        <source>Contact %1: %2</source>
        <translation>%1 行目の対応: %2</translation>
    </message>
    <message>
        <source>Cannot save the case</source>
        <translation>相談を保存できません</translation>
    </message>
    <message>
        <source>The new case has not been saved. Save it before closing?</source>
        <translation>新しい相談はまだ保存されていません。閉じる前に保存しますか？</translation>
    </message>
    <message>
        <source>Case %1 has unsaved changes. Save them before closing?</source>
        <translation>相談 %1 に保存されていない変更があります。閉じる前に保存しますか？</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The date the coordinator took charge. Another coordinator is recorded as a handover on this date (today unless you choose another); the statistics of earlier dates keep the coordinator in charge then. A new case&apos;s coordinator is in charge from the date received.</source>
        <translation>担当コーディネーターが担当を始めた日です。別のコーディネーターに替えると、この日付（指定しなければ今日）の引き継ぎとして記録され、それより前の日付の統計では当時の担当者のまま数えます。新しい相談の担当者は受付日から担当します。</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <comment>coordinator from date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In charge: %1</source>
        <translation>担当: %1</translation>
    </message>
    <message>
        <source>, then </source>
        <translation>、その後 </translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::CaseListView</name>
    <message>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>圏域</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>市町村</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>相談内容</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>コーディネーター</translation>
    </message>
    <message>
        <source>Search case no., names, notes (Ctrl+F)</source>
        <translation>相談番号・氏名・備考を検索 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>絞り込みを解除</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>すべての年度</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>すべての月</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>すべての圏域</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>すべての状況</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>すべての相談内容</translation>
    </message>
    <message>
        <source>All coordinators</source>
        <translation>すべてのコーディネーター</translation>
    </message>
    <message>
        <source>(Nobody in charge)</source>
        <translation>（担当なし）</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1（活動終了）</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>すべての市町村</translation>
    </message>
    <message>
        <source>No branch file is open.</source>
        <translation>ブランチファイルが開かれていません。</translation>
    </message>
    <message>
        <source> (filtered)</source>
        <translation>（絞り込み中）</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message>
        <source> · counting contacts…</source>
        <translation> · 対応延べ件数を集計中…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Sorting cases…</source>
        <translation>ケースを並べ替えています…</translation>
    </message>
    <message>
        <source>Searching cases…</source>
        <translation>ケースを検索しています…</translation>
    </message>
    <message>
        <source>Reading cases…</source>
        <translation>ケースを読み込んでいます…</translation>
    </message>
    <message>
        <source>Cases: those received in the chosen period that match the filter.
Contacts in the period: the contact-log entries dated in it, of the cases that match the other criteria, whenever received; the dashboard and the reports count the same.</source>
        <translation>相談件数: 選択した期間に受け付けた相談のうち、絞り込み条件に合うものの件数です。
期間内の対応（延べ件数）: 期間以外の条件に合う相談について、受付日を問わず、日付が期間内にある対応記録の件数です。統計画面と報告書も同じ数え方です。</translation>
    </message>
    <message numerus="yes">
        <source> · %Ln contact(s) in the period</source>
        <translation>
            <numerusform> · 期間内の対応 延べ %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %Ln contact(s) of all dates</source>
        <translation>
            <numerusform> · 全期間の対応 延べ %Ln 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::CaseTableModel</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>Last contact: %1</source>
        <translation>最終対応日: %1</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>相談番号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受付日</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>市町村</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>圏域</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>相談方法</translation>
    </message>
    <message>
        <source>Consulter</source>
        <translation>相談者</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>相談内容</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>コーディネーター</translation>
    </message>
    <message>
        <source>Since contact</source>
        <translation>最終対応から</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ContactLogModel</name>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>時間（分）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::CoordinatorDialog</name>
    <message>
        <source>New coordinator</source>
        <translation>新しいコーディネーター</translation>
    </message>
    <message>
        <source>Coordinator %1</source>
        <translation>コーディネーター %1</translation>
    </message>
    <message>
        <source>e.g. the consultation support office they work at</source>
        <translation>例: 勤務先の相談支援事業所</translation>
    </message>
    <message>
        <source>The municipality the coordinator is placed in</source>
        <translation>コーディネーターが配置されている市町村</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>The cohort of the coordinator training they completed</source>
        <translation>修了したコーディネーター養成研修の期</translation>
    </message>
    <message>
        <source>&amp;Active: still works with the branch</source>
        <translation>活動中: 現在もブランチで活動している(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>氏名(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>役割(&amp;R):</translation>
    </message>
    <message>
        <source>A&amp;ffiliation:</source>
        <translation>所属(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>配置市町村(&amp;M):</translation>
    </message>
    <message>
        <source>Training &amp;cohort:</source>
        <translation>養成研修(&amp;C):</translation>
    </message>
    <message>
        <source>The branch file is read-only: the coordinator cannot be changed.</source>
        <translation>ブランチファイルは読み取り専用のため、コーディネーターを変更できません。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Another coordinator is already called %1. Add something that tells them apart.</source>
        <translation>「%1」という名前のコーディネーターが既にいます。区別できるように書き加えてください。</translation>
    </message>
    <message numerus="yes">
        <source>%n open case(s) are still assigned to this coordinator. Remember to hand them on.</source>
        <translation>
            <numerusform>担当中の未完了の相談が %n 件あります。忘れずに引き継いでください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save the coordinator</source>
        <translation>コーディネーターを保存できません</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::CoordinatorTableModel</name>
    <message>
        <source>Cohort %1</source>
        <comment>training cohort (期) of a coordinator; %1 is its number</comment>
        <translation>%1期</translation>
    </message>
    <message numerus="yes">
        <source>%n open case(s)</source>
        <translation>
            <numerusform>未完了の相談 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>the coordinator is active</comment>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <comment>the coordinator is inactive</comment>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Municipality</source>
        <comment>where the coordinator is placed</comment>
        <translation>配置市町村</translation>
    </message>
    <message>
        <source>Training cohort</source>
        <translation>養成研修</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活動中</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>未完了の相談</translation>
    </message>
    <message>
        <source>The municipality the coordinator is placed in</source>
        <translation>コーディネーターが配置されている市町村</translation>
    </message>
    <message>
        <source>The cohort of the coordinator training they completed</source>
        <translation>修了したコーディネーター養成研修の期</translation>
    </message>
    <message>
        <source>Whether the coordinator still works with the branch</source>
        <translation>現在もブランチで活動しているかどうか</translation>
    </message>
    <message>
        <source>Cases assigned to the coordinator that are not completed</source>
        <translation>コーディネーターに割り当てられた、完了していない相談</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::CoordinatorView</name>
    <message>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <source>Add a coordinator</source>
        <translation>コーディネーターを追加</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Edit the selected coordinator (Enter or double-click)</source>
        <translation>選択したコーディネーターを編集（Enter キーまたはダブルクリック）</translation>
    </message>
    <message>
        <source>Show cases</source>
        <translation>相談を表示</translation>
    </message>
    <message>
        <source>Show the cases of the selected coordinator</source>
        <translation>選択したコーディネーターが担当する相談を表示</translation>
    </message>
    <message>
        <source>Show inactive coordinators</source>
        <translation>活動を終了したコーディネーターも表示</translation>
    </message>
    <message>
        <source>No coordinators yet. Use Add… to enter the coordinators of the branch.</source>
        <translation>コーディネーターはまだ登録されていません。「追加…」でブランチのコーディネーターを登録してください。</translation>
    </message>
    <message>
        <source>No open cases are assigned to coordinators.</source>
        <translation>コーディネーターに割り当てられた未完了の相談はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n open case(s) assigned to coordinators.</source>
        <translation>
            <numerusform>コーディネーターに割り当てられた未完了の相談は %n 件です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Chief coordinator %1 holds %2 of them (%3%).</source>
        <translation>うち %2 件（%3%）は主任コーディネーター %1 の担当です。</translation>
    </message>
    <message>
        <source>The chief coordinators hold %1 of them (%2%).</source>
        <translation>うち %1 件（%2%）は主任コーディネーターの担当です。</translation>
    </message>
    <message numerus="yes">
        <source>The other %n active coordinator(s) hold %1 on average.</source>
        <translation>
            <numerusform>ほかの活動中のコーディネーター %n 人の担当は平均 %1 件です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open case(s) are still assigned to inactive coordinators.</source>
        <translation>
            <numerusform>活動を終了したコーディネーターに、未完了の相談が %n 件割り当てられたままです。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::DashboardView</name>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy the table, to paste into Excel</source>
        <translation>表をコピーします（Excel に貼り付けられます）</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>期間を指定</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>To</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>前の期間</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>次の期間</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期間:</translation>
    </message>
    <message>
        <source>Back to regions</source>
        <translation>圏域一覧に戻る</translation>
    </message>
    <message>
        <source>Open a branch file to see its statistics.</source>
        <translation>統計を見るには、ブランチファイルを開いてください。</translation>
    </message>
    <message>
        <source>The first day of the period is after its last day.</source>
        <translation>期間の開始日が終了日より後になっています。</translation>
    </message>
    <message>
        <source>The statistics could not be computed: %1</source>
        <translation>統計を集計できませんでした: %1</translation>
    </message>
    <message>
        <source>A year earlier</source>
        <translation>前年同期</translation>
    </message>
    <message>
        <source>Cases per month</source>
        <translation>月別相談件数</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>No contacts are recorded for this period. Contacts entered in a case&apos;s contact log are counted here by kind.</source>
        <translation>この期間の対応記録はありません。相談の対応記録に入力した対応が、種別ごとにここで集計されます。</translation>
    </message>
    <message>
        <source>Click a region in the chart to see its municipalities.</source>
        <translation>グラフの圏域をクリックすると、市町村別の件数を表示します。</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1: %2～%3</translation>
    </message>
    <message>
        <source>Cases: %1 (fiscal year to date %2; a year earlier %3)</source>
        <translation>相談件数: %1 件（年度累計 %2 件、前年同期 %3 件）</translation>
    </message>
    <message>
        <source>Cases: %1 (a year earlier %2)</source>
        <translation>相談件数: %1 件（前年同期 %2 件）</translation>
    </message>
    <message>
        <source>Topics mentioned: %1</source>
        <translation>主訴の延べ数: %1 件</translation>
    </message>
    <message>
        <source>Open cases on %1: %2</source>
        <translation>%1 時点の継続中の相談: %2 件</translation>
    </message>
    <message>
        <source>Count again</source>
        <translation>もう一度集計</translation>
    </message>
    <message>
        <source>Counting was cancelled.</source>
        <translation>集計を中止しました。</translation>
    </message>
    <message>
        <source>Counting cases…</source>
        <translation>集計中…</translation>
    </message>
    <message>
        <source>Contacts in the period: %1</source>
        <translation>延べ件数（期間内の対応）: %1 件</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::DesktopApplication</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 を作成できません。</translation>
    </message>
    <message>
        <source>Tsunagu: consultations of a medical-care children&apos;s support branch</source>
        <translation>つなぐ: 医療的ケア児支援センター 圏域ブランチの相談記録</translation>
    </message>
    <message>
        <source>Open the demo branch file (synthetic cases).</source>
        <translation>デモ用ブランチファイル（架空の相談）を開く</translation>
    </message>
    <message>
        <source>A branch file to open.</source>
        <translation>開くブランチファイル</translation>
    </message>
    <message>
        <source>Demo branch file</source>
        <translation>デモ用ブランチファイル</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::FileCheckRunner</name>
    <message>
        <source>Checking the whole file (saves wait meanwhile)…</source>
        <translation>ファイル全体を検査中（その間、保存は待機します）…</translation>
    </message>
    <message>
        <source>Check the File</source>
        <translation>ファイルの検査</translation>
    </message>
    <message>
        <source>%1 passed the full check.</source>
        <translation>%1 の完全検査で問題は見つかりませんでした。</translation>
    </message>
    <message>
        <source>The file failed its check</source>
        <translation>ファイルの検査で問題が見つかりました</translation>
    </message>
    <message>
        <source>Repair the indexes now?</source>
        <translation>今すぐインデックスを修復しますか？</translation>
    </message>
    <message>
        <source>The indexes were rebuilt; %1 now passes the full check.</source>
        <translation>インデックスを再構築しました。再度の完全検査で、%1 に問題は見つかりませんでした。</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::LockWaitDialog</name>
    <message>
        <source>File in use</source>
        <translation>ファイル使用中</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>読み取り専用で開く(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>Waiting at most %n more second(s)…</source>
        <translation>
            <numerusform>あと最長 %n 秒待ちます…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Taking over in %n second(s) unless the lock is renewed…</source>
        <translation>
            <numerusform>ロックが更新されなければ、%n 秒後に引き継ぎます…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>開く(&amp;O)...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>File in use</source>
        <translation>ファイル使用中</translation>
    </message>
    <message>
        <source>%1

Open it read-only? You can look at everything but not change it.</source>
        <translation>%1

読み取り専用で開きますか？ 内容はすべて見られますが、変更はできません。</translation>
    </message>
    <message>
        <source>Cannot open the branch file</source>
        <translation>ブランチファイルを開けません</translation>
    </message>
    <message>
        <source>Open branch file</source>
        <translation>ブランチファイルを開く</translation>
    </message>
    <message>
        <source>Tsunagu branch files (*.tsunagu)</source>
        <translation>つなぐ ブランチファイル (*.tsunagu)</translation>
    </message>
    <message>
        <source>Branch file</source>
        <translation>ブランチファイル</translation>
    </message>
    <message>
        <source>Tsunagu</source>
        <translation>つなぐ</translation>
    </message>
    <message>
        <source>%1 — %2 — Tsunagu</source>
        <translation>%1 — %2 — つなぐ</translation>
    </message>
    <message>
        <source>Read-only: this file is open for viewing only. Changes cannot be saved.</source>
        <translation>読み取り専用: このファイルは閲覧のためだけに開かれています。変更は保存できません。</translation>
    </message>
    <message>
        <source>Read-only: the file or its folder cannot be written (for example a read-only share). Changes cannot be saved.</source>
        <translation>読み取り専用: ファイルまたはそのフォルダーに書き込めません（読み取り専用の共有フォルダーなど）。変更は保存できません。</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Tsunagu&lt;/h1&gt;&lt;p&gt;Consultations of a medical-care children&apos;s support branch&lt;/p&gt;</source>
        <translation>&lt;h1&gt;つなぐ&lt;/h1&gt;&lt;p&gt;医療的ケア児支援センター 圏域ブランチの相談記録&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New branch file...</source>
        <translation>新しいブランチファイル...</translation>
    </message>
    <message>
        <source>Open branch file...</source>
        <translation>ブランチファイルを開く...</translation>
    </message>
    <message>
        <source>Recent files:</source>
        <translation>最近使ったファイル:</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>相談</translation>
    </message>
    <message>
        <source>Coordinators</source>
        <translation>コーディネーター</translation>
    </message>
    <message>
        <source>&amp;New Branch File...</source>
        <translation>新しいブランチファイル(&amp;N)...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>Save a &amp;Copy...</source>
        <translation>コピーを保存(&amp;C)...</translation>
    </message>
    <message>
        <source>&amp;Import Cases from CSV...</source>
        <translation>CSV から相談を取り込む(&amp;I)...</translation>
    </message>
    <message>
        <source>&amp;Export Cases as CSV...</source>
        <translation>相談を CSV で書き出す(&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>相談(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New Case...</source>
        <translation>新しい相談(&amp;N)...</translation>
    </message>
    <message>
        <source>&amp;Open Case...</source>
        <translation>相談を開く(&amp;O)...</translation>
    </message>
    <message>
        <source>&amp;Delete Case...</source>
        <translation>相談を削除(&amp;D)...</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>検索(&amp;F)...</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>絞り込みを解除(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>相談(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;oordinators</source>
        <translation>コーディネーター(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>設定(&amp;S)...</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Tsunagu</source>
        <translation>つなぐのバージョン情報(&amp;A)</translation>
    </message>
    <message>
        <source>Cannot create the branch file</source>
        <translation>ブランチファイルを作成できません</translation>
    </message>
    <message>
        <source>Tsunagu branch files (*.tsunagu);;All files (*)</source>
        <translation>つなぐ ブランチファイル (*.tsunagu);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>%1 (copy %2).tsunagu</source>
        <translation>%1 (コピー %2).tsunagu</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>コピーを保存</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>コピーを保存できません</translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation>コピーを %1 に保存しました。</translation>
    </message>
    <message>
        <source>Import cases from CSV</source>
        <translation>CSV から相談を取り込む</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV ファイル (*.csv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Import cases</source>
        <translation>相談の取り込み</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s) from %1.</source>
        <translation>
            <numerusform>%1 から %n 件の相談を取り込みました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n coordinator(s) named in the file.</source>
        <translation>
            <numerusform>ファイルに記載されていたコーディネーター %n 人を追加しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cases as CSV</source>
        <translation>相談を CSV で書き出す</translation>
    </message>
    <message>
        <source>Include names and contact details (personal data)</source>
        <translation>氏名・連絡先（個人情報）を含める</translation>
    </message>
    <message>
        <source>Japanese headers and labels (for reading in Excel)</source>
        <translation>日本語の見出しと表示名（Excel で読む場合）</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Export cases</source>
        <translation>相談の書き出し</translation>
    </message>
    <message>
        <source>Exported the cases to %1.</source>
        <translation>相談を %1 に書き出しました。</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>相談の削除</translation>
    </message>
    <message>
        <source>Delete case %1, received %2, with its contact log? This cannot be undone.</source>
        <translation>相談 %1（%2 受付）と対応記録を削除しますか？ この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>Deleted case %1.</source>
        <translation>相談 %1 を削除しました。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>The new language takes effect when Tsunagu starts again.</source>
        <translation>言語の変更は次回の起動時に反映されます。</translation>
    </message>
    <message>
        <source>About Tsunagu</source>
        <translation>つなぐのバージョン情報</translation>
    </message>
    <message>
        <source>Tsunagu %1

Consultation records and statistics for the regional branches of medical-care children&apos;s support centers.

Licensed under the GNU GPL, version 3 or later. The BIZ UDPGothic font is licensed under the SIL Open Font License 1.1.</source>
        <translation>つなぐ %1

医療的ケア児支援センター圏域ブランチの相談記録・統計ソフトウェアです。

本ソフトウェアは GNU GPL バージョン 3 以降、BIZ UDPゴシック フォントは SIL Open Font License 1.1 のもとで使用許諾されています。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>一覧を消去</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [読み取り専用]</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>統計</translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation>統計(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>報告(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Monthly Summary...</source>
        <translation>月報(&amp;M)...</translation>
    </message>
    <message>
        <source>&amp;Annual Report...</source>
        <translation>年度報告(&amp;A)...</translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation>ファイルを確認中</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>ファイルを確認中…</translation>
    </message>
    <message>
        <source>Checking the file… You can look at the cases now; changes can be made as soon as the check is done.</source>
        <translation>ファイルを確認中です… 相談はすぐに閲覧できます。変更は確認が終わり次第できるようになります。</translation>
    </message>
    <message>
        <source>Exporting the cases…</source>
        <translation>相談を書き出し中…</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>書き出しを中止しました。</translation>
    </message>
    <message>
        <source>Importing the cases…</source>
        <translation>相談を取り込み中…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>取り込みを中止しました。何も取り込まれていません。</translation>
    </message>
    <message>
        <source>C&amp;heck the File</source>
        <translation>ファイルの検査(&amp;H)</translation>
    </message>
    <message>
        <source>File busy</source>
        <translation>ファイル使用中</translation>
    </message>
    <message>
        <source>Interrupted save undone</source>
        <translation>中断された保存を取り消しました</translation>
    </message>
    <message>
        <source>The file is UTF-8 CSV that Excel opens as it is. It holds each case with its current status only: the status history, the contact log and the history of who was in charge are not in it, nor coordinators&apos; details other than their names, so a branch imported from it shows different figures for past periods.
To move or hand over a branch without losing anything, use File &gt; Save a Copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::MunicipalityComboBox</name>
    <message>
        <source>Type or choose</source>
        <translation>入力または選択</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>municipality name (name in the other language)</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::NewBranchWizard</name>
    <message>
        <source>New branch file</source>
        <translation>新しいブランチファイル</translation>
    </message>
    <message>
        <source>The branch</source>
        <translation>ブランチ</translation>
    </message>
    <message>
        <source>A branch file holds the cases of one branch. These details appear on its reports.</source>
        <translation>1 つのブランチの相談を記録するファイルです。入力した内容は報告書に表示されます。</translation>
    </message>
    <message>
        <source>e.g. Shonan East branch</source>
        <translation>例: 湘南東部ブランチ</translation>
    </message>
    <message>
        <source>Branch &amp;name:</source>
        <translation>ブランチ名(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>圏域(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Chief coordinator:</source>
        <translation>主任コーディネーター(&amp;C):</translation>
    </message>
    <message>
        <source>Where to keep the file</source>
        <translation>ファイルの保存場所</translation>
    </message>
    <message>
        <source>Keep it where it is backed up. On a shared folder, only one PC at a time can change it; others open it read-only.</source>
        <translation>バックアップされる場所に保存してください。共有フォルダーでは、同時に変更できるのは 1 台の PC だけで、ほかの PC では読み取り専用で開きます。</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>参照(&amp;B)...</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <source>branch</source>
        <translation>ブランチ</translation>
    </message>
    <message>
        <source>Tsunagu branch files (*.tsunagu)</source>
        <translation>つなぐ ブランチファイル (*.tsunagu)</translation>
    </message>
    <message>
        <source>The branch needs a name.</source>
        <translation>ブランチ名を指定してください。</translation>
    </message>
    <message>
        <source>Choose where to keep the file.</source>
        <translation>ファイルの保存場所を指定してください。</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name.</source>
        <translation>%1 は既に存在します。別の名前を指定してください。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>フォルダー %1 は存在しません。</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ProgressWait</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ReportCommand</name>
    <message>
        <source>Write the monthly summary or annual report as PDF.</source>
        <translation>月報または年度報告を PDF で書き出す</translation>
    </message>
    <message>
        <source>Writes the monthly summary (月報) of a month, or the annual report (年度報告) of a fiscal year, as an A4 PDF with the bundled Japanese font embedded. No personal data is included.</source>
        <translation>指定した月の月報、または指定した年度の年度報告を、同梱の日本語フォントを埋め込んだ A4 の PDF で書き出します。個人情報は含まれません。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示する</translation>
    </message>
    <message>
        <source>The branch file.</source>
        <translation>ブランチファイル</translation>
    </message>
    <message>
        <source>The month of a monthly summary.</source>
        <translation>月報の対象月</translation>
    </message>
    <message>
        <source>The fiscal year of an annual report, by the year it starts in.</source>
        <translation>年度報告の対象年度（年度が始まる年で指定）</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>書き出す PDF ファイル</translation>
    </message>
    <message>
        <source>Language of the report: ja (default) or en.</source>
        <translation>報告書の言語: ja（既定）または en</translation>
    </message>
    <message>
        <source>Run &quot;tsunagu-cli report --help&quot; for usage.</source>
        <translation>使い方は &quot;tsunagu-cli report --help&quot; で表示できます。</translation>
    </message>
    <message>
        <source>tsunagu-cli report: --db and --output are required.</source>
        <translation>tsunagu-cli report: --db と --output を指定してください。</translation>
    </message>
    <message>
        <source>tsunagu-cli report: give either --month or --fiscal-year.</source>
        <translation>tsunagu-cli report: --month と --fiscal-year のどちらか一方を指定してください。</translation>
    </message>
    <message>
        <source>tsunagu-cli report: --language takes ja or en.</source>
        <translation>tsunagu-cli report: --language には ja または en を指定してください。</translation>
    </message>
    <message>
        <source>tsunagu-cli report: --month takes YYYY-MM.</source>
        <translation>tsunagu-cli report: --month は YYYY-MM の形式で指定してください。</translation>
    </message>
    <message>
        <source>tsunagu-cli report: --fiscal-year takes the year it starts in (2024 for April 2024 to March 2025).</source>
        <translation>tsunagu-cli report: --fiscal-year には年度が始まる年を指定してください（2024 年 4 月～2025 年 3 月の年度なら 2024）。</translation>
    </message>
    <message>
        <source>tsunagu-cli report: internal error: the report needs a QApplication.</source>
        <translation>tsunagu-cli report: 内部エラー: 報告書の作成には QApplication が必要です。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the monthly summary of %1 to %2 (%n page(s)).</source>
        <translation>
            <numerusform>%1 の月報（%n ページ）を %2 に書き出しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the annual report of fiscal year %1 to %2 (%n page(s)).</source>
        <translation>
            <numerusform>%1 年度の年度報告（%n ページ）を %2 に書き出しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ReportDialog</name>
    <message>
        <source>Monthly summary</source>
        <translation>月報</translation>
    </message>
    <message>
        <source>Annual report</source>
        <translation>年度報告</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>対象月(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Fiscal year:</source>
        <translation>年度(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Pre&amp;view...</source>
        <translation>プレビュー(&amp;V)...</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>印刷(&amp;P)...</translation>
    </message>
    <message>
        <source>Save as P&amp;DF...</source>
        <translation>PDF で保存(&amp;D)...</translation>
    </message>
    <message>
        <source>The cases received in %1, and in the fiscal year up to its end, each beside the same period a year earlier. A4, no personal data.</source>
        <translation>%1 に受け付けた相談と、その月末までの年度累計を、それぞれ前年同期と並べて示します。A4 判、個人情報は含みません。</translation>
    </message>
    <message>
        <source>The cases received in %1, beside the fiscal year before. A4, no personal data.</source>
        <translation>%1 に受け付けた相談を前年度と並べて示します。A4 判、個人情報は含みません。</translation>
    </message>
    <message>
        <source>The printer could not be used.</source>
        <translation>プリンターを使用できませんでした。</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF で保存</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>Counting the cases for the report…</source>
        <translation>報告のために相談を集計中…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>The report is already being prepared.</source>
        <translation>報告はすでに準備中です。</translation>
    </message>
    <message>
        <source>Preparing the report was cancelled.</source>
        <translation>報告の準備を中止しました。</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ReportRenderer</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>the PDF could not be drawn</source>
        <translation>PDF を描画できませんでした</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>Japanese era (令和6年4月1日)</source>
        <translation>和暦（令和6年4月1日）</translation>
    </message>
    <message>
        <source>ISO (2024-04-01)</source>
        <translation>西暦（2024-04-01）</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>日付の表示(&amp;D):</translation>
    </message>
    <message>
        <source>A new language takes effect when Tsunagu starts again.</source>
        <translation>言語の変更は次回の起動時に反映されます。</translation>
    </message>
</context>
</TS>
