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
        <source>Choose another file name for the copy.</source>
        <translation>コピーには別のファイル名を指定してください。</translation>
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
        <source>Cannot create a temporary folder to read %1.</source>
        <translation>%1 を読み込むための一時フォルダーを作成できません。</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>%1 の読み込み</translation>
    </message>
</context>
<context>
    <name>tsunagu::CaseQuery</name>
    <message>
        <source>Counting cases</source>
        <translation>相談件数の集計</translation>
    </message>
    <message>
        <source>Counting contacts</source>
        <translation>対応件数の集計</translation>
    </message>
    <message>
        <source>Reading cases</source>
        <translation>相談の読み込み</translation>
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
        <source>at least one value is required</source>
        <translation>1 つ以上の値が必要です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given twice</source>
        <translation>「%1」が重複しています</translation>
    </message>
    <message>
        <source>Saving cases</source>
        <translation>相談の保存</translation>
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
    <message>
        <source>Counting open cases</source>
        <translation>未完了の相談件数の集計</translation>
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
        <source>Generated %1 cases in %2.</source>
        <translation>%2 に %1 件の相談を作成しました。</translation>
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
        <source>Exports every case as CSV (exchange format, UTF-8 with BOM). Personal data is left out unless asked for.</source>
        <translation>すべての相談を CSV（交換形式、UTF-8 BOM 付き）で書き出します。個人情報は指定したときだけ含めます。</translation>
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
        <source>Reading case numbers</source>
        <translation>相談番号の読み込み</translation>
    </message>
    <message>
        <source>case number %1 is already in the branch file</source>
        <translation>相談番号 %1 は既にブランチファイルにあります</translation>
    </message>
    <message>
        <source>Exporting cases</source>
        <translation>相談の書き出し</translation>
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
    <name>tsunagu::statistics::StatisticsEngine</name>
    <message>
        <source>The period %1 to %2 is not a valid range of dates.</source>
        <translation>期間 %1～%2 は正しい日付の範囲ではありません。</translation>
    </message>
    <message>
        <source>Counting cases</source>
        <translation>相談件数の集計</translation>
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
        <source>The branch file is busy: another program is writing to it. Try again in a moment.</source>
        <translation>ブランチファイルは使用中です（別のプログラムが書き込んでいます）。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Starting a transaction</source>
        <translation>トランザクションの開始</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>tsunagu::storage::BranchLock</name>
    <message>
        <source>Cannot create the lock file %1.</source>
        <translation>ロックファイル %1 を作成できません。</translation>
    </message>
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
        <source>No branch file is open. Use File → Open to open one.</source>
        <translation>ブランチファイルが開かれていません。「ファイル」→「開く」で開いてください。</translation>
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
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;Region: %2&lt;br&gt;Chief coordinator: %3&lt;br&gt;Cases: %4&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;圏域: %2&lt;br&gt;主任コーディネーター: %3&lt;br&gt;相談件数: %4&lt;/p&gt;</translation>
    </message>
</context>
</TS>
