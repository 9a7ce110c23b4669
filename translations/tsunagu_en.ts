<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>tsunagu::BranchFile</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuring the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Tsunagu branch file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Tsunagu (file format %2; this version reads up to %3). Update Tsunagu to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the municipalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the branch details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open read-only; changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving a copy to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Tsunagu branch file: it is not an SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened (%2). The file was not changed; open a backup copy instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the branch details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the municipalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the chief coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branch needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region of the master data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tsunagu is still checking %1; changes can be saved when the check is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is busy: another program is saving to it right now. Try again when it has finished; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing the interrupted save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last save to %1 was interrupted and must be undone before the file can be read. This PC cannot write to its folder: open the file once on a PC that can (or ask for write access). Nothing was changed; do not delete the file %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is being saved by %2 right now. Try again in a moment; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last save to %1 was interrupted (the program was closed, the PC lost power or the disk went away) and has been undone: the file holds what was saved before it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tsunagu::CaseQuery</name>
    <message>
        <source>Counting cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorting cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tsunagu::CaseRepository</name>
    <message>
        <source>a case number has at most 32 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case number has no spaces or line breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lies in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the municipality is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a municipality of the master data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before the date received (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the status history is not in date order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the age must be between 0 and 29</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbering the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number %1 is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a stored case can be updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the method is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the consulter is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose at least one topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1: received_on: its contact log has a contact on %2, before %3; correct the contact log first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tsunagu::ContactRepository</name>
    <message>
        <source>the date is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lies in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose what kind of contact it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose how the contact was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the minutes must be between 0 and 1440</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the contact log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the contact log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before the date received (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tsunagu::CoordinatorRepository</name>
    <message>
        <source>A coordinator needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a coordinator role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a municipality of the master data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training cohort is a number from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the coordinators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading a coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coordinator no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving a coordinator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tsunagu::MasterData</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: row 1: the header must be %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: row %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 columns, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region code, region name and municipality name must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid 6-digit local government code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>municipality %1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region %1 has two names, &quot;%2&quot; and &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no municipalities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tsunagu::SaveFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data could not be written (is the disk full?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tsunagu::TextInput</name>
    <message>
        <source>a line break or tab (%1) at character %2 is not allowed in this field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an invisible control character (%1) at character %2 is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an invisible character (%1) at character %2 is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tsunagu::calendar::DateInput</name>
    <message>
        <source>&quot;%1&quot; is not a date (expected YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: there is no month %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 has no day %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: unknown era &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: era years start at 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 began on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 ended on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tsunagu::calendar::JapaneseCalendar</name>
    <message>
        <source>row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the era table is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the header &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>era code &quot;%1&quot; must be lower-case ASCII letters, digits or _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name_ja is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name_en is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abbreviation &quot;%1&quot; must be one letter A-Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first_day &quot;%1&quot; is not a date (expected YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate era code &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate era name &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate abbreviation &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first_day %1 is not after %2, the first day of %3; list eras oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the era table is empty (expected the header &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the era table lists no eras</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tsunagu::cli::CliText</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;tsunagu-cli %1 --help&quot; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branch file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tsunagu-cli %1: --%2 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branch name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region code (e.g. shonan-east).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chief coordinator&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a new, empty branch file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows what a branch file holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chief coordinator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File format: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many cases to make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the random generator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make cases up to this date (YYYY-MM-DD; default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes a branch file of realistic synthetic cases (no real people), for demos, tests and benchmarks. The file must not exist yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tsunagu-cli generate: --cases takes a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tsunagu-cli generate: --seed takes a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tsunagu-cli generate: --today takes a date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new, empty branch file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what a branch file holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a branch file of synthetic cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tsunagu-cli COMMAND [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;tsunagu-cli COMMAND --help&quot; for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tsunagu-cli: unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV&apos;s encoding: auto (default), utf-8 or cp932.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch name for a new branch file (default: the file name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region code for a new branch file (default: the region most cases come from).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case CSV to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports cases from a CSV file (exchange format) into a branch file, creating the branch file when it does not exist. All rows or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tsunagu-cli import: name one CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tsunagu-cli import: --encoding takes auto, utf-8 or cp932.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s) from %1 (%2).</source>
        <translation>
            <numerusform>Imported %n case from %1 (%2).</numerusform>
            <numerusform>Imported %n cases from %1 (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n coordinator(s) named in the file.</source>
        <translation>
            <numerusform>Added %n coordinator named in the file.</numerusform>
            <numerusform>Added %n coordinators named in the file.</numerusform>
        </translation>
    </message>
    <message>
        <source>Include names and contact details (personal data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese headers and labels instead of codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to this file instead of stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tsunagu-cli summary: give the period as --from and --to, --month or --fiscal-year (one of them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tsunagu-cli summary: --month takes YYYY-MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tsunagu-cli summary: --fiscal-year takes the year it starts in (2024 for 2024-04-01 to 2025-03-31).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tsunagu-cli summary: --from and --to go together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tsunagu-cli summary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tsunagu-cli summary: --to is before --from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day received (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day received (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A calendar month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fiscal year, by the year it starts in (April).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>json (default), csv or text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of csv and text output: ja (default) or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the statistics of the cases received in a period; each case&apos;s status as it stood on the period&apos;s last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tsunagu-cli summary: --format takes json, csv or text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tsunagu-cli summary: --language takes ja or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cases from a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cases as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the statistics of a period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Generated %n case(s) in %1.</source>
        <translation>
            <numerusform>Generated %n case in %1.</numerusform>
            <numerusform>Generated %n cases in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Spread the cases over this many fiscal years up to --today (default 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tsunagu-cli generate: --years takes a whole number from 1 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When only indexes are damaged, rebuild them (REINDEX).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the full check of a branch file (integrity_check), which also finds damaged indexes that give wrong counts; remembers the result on this PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 passed the full check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indexes of %1 were rebuilt; it now passes the full check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a branch file fully; repair damaged indexes.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) in the file.</source>
        <translation>
            <numerusform>Nothing was imported: %n problem in the file.</numerusform>
            <numerusform>Nothing was imported: %n problems in the file.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known code or label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: the file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a column has no header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the required column %1 (%2) is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields, but the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a municipality code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before the date received (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case number %1 repeats row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: the file has no cases below its header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case number %1 is already in the branch file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting cases: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the columns are separated by %1, not by commas: save the sheet as &quot;CSV&quot; (comma separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known code or label (separate several values with &quot;;&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters, more than the %2 a field may hold (is a quote not closed where it should be?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tsunagu::exchange::CsvReader</name>
    <message>
        <source>row %1: a quoted field is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1, column %2: a quote inside an unquoted field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1, column %2: text after the closing quote of a quoted field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tsunagu::exchange::TextCodec</name>
    <message>
        <source>Shift_JIS (CP932) text cannot be converted on this system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid %1 text: the first invalid byte is on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is UTF-16 text, which cannot be imported: save it as &quot;CSV UTF-8&quot; or &quot;CSV&quot; instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file looks like an Excel workbook, not CSV text: save it as &quot;CSV UTF-8&quot; or &quot;CSV&quot; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor Shift_JIS (CP932) text: the first byte that is invalid as UTF-8 is on line %1, as Shift_JIS on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The character &quot;%1&quot; (U+%2) on line %3 has no Shift_JIS (CP932) form.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tsunagu::statistics</name>
    <message>
        <source>Counting contacts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tsunagu::statistics::ReportData</name>
    <message>
        <source>The month of the report is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day of the period is after its last day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tsunagu::statistics::StatisticsEngine</name>
    <message>
        <source>The period %1 to %2 is not a valid range of dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tsunagu::storage</name>
    <message>
        <source>Updating the file structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No migration from schema version %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading to schema version %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file&apos;s structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column %1 of the table %2 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a Tsunagu branch file (or its journal or lock file); writing there would destroy it. Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the branch file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2 or its journal could not be opened (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2 cannot be written (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2 is damaged (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the disk is full. Free some space on the disk that holds %2 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2 could not be read or written (%3). The disk or the network share may have gone away; check the connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: another program is using %2 right now; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tsunagu::storage::BranchLock</name>
    <message>
        <source>The branch file is already open for editing by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock on the branch file was taken over by %1; changes can no longer be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot refresh the lock file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 since %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be put in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the lock file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the lock was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The branch file is open for editing by %1 on another computer, or was left open there. Tsunagu watches its lock: a program that is still running renews it every few seconds. If it is not renewed within %n second(s), it was left behind and Tsunagu takes over.</source>
        <translation>
            <numerusform>The branch file is open for editing by %1 on another computer, or was left open there. Tsunagu watches its lock: a program that is still running renews it every few seconds. If it is not renewed within %n second, it was left behind and Tsunagu takes over.</numerusform>
            <numerusform>The branch file is open for editing by %1 on another computer, or was left open there. Tsunagu watches its lock: a program that is still running renews it every few seconds. If it is not renewed within %n seconds, it was left behind and Tsunagu takes over.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The lock file of the branch file cannot be read (it is empty or incomplete, perhaps left by a program that ended abruptly). Tsunagu watches it: if nothing renews it within %n second(s), it was left behind and Tsunagu takes over.</source>
        <translation>
            <numerusform>The lock file of the branch file cannot be read (it is empty or incomplete, perhaps left by a program that ended abruptly). Tsunagu watches it: if nothing renews it within %n second, it was left behind and Tsunagu takes over.</numerusform>
            <numerusform>The lock file of the branch file cannot be read (it is empty or incomplete, perhaps left by a program that ended abruptly). Tsunagu watches it: if nothing renews it within %n seconds, it was left behind and Tsunagu takes over.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another program is taking over a lock left behind on the branch file. Tsunagu waits for it to finish (at most %n second(s)).</source>
        <translation>
            <numerusform>Another program is taking over a lock left behind on the branch file. Tsunagu waits for it to finish (at most %n second).</numerusform>
            <numerusform>Another program is taking over a lock left behind on the branch file. Tsunagu waits for it to finish (at most %n seconds).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the lock file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock file of the branch file was removed by another program; changes can no longer be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tsunagu::storage::FileCheck</name>
    <message>
        <source>The check was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed its full check (%2). Figures from it could be wrong, so none are printed or sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cases themselves are damaged: do not change the file; open a backup copy and keep this one for a closer look.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repairing the indexes of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only its indexes are damaged; the cases themselves are intact. Repair them with File &gt; Check the File (it offers the repair), or `tsunagu-cli check --db FILE --repair`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed its last full check on this PC (%2). Figures from it could be wrong, so none are printed or sent. Check it again with File &gt; Check the File, or `tsunagu-cli check --db FILE`.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tsunagu::storage::ReadConnection</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tsunagu::storage::WriteTransaction</name>
    <message>
        <source>The branch file is busy: another program is writing to it. Nothing was saved; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving failed: no change was begun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving failed: the change was interrupted by an error and has been undone. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving was cancelled while another program was reading the branch file. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::BusyOverlay</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::BusyWaitPrompt</name>
    <message>
        <source>Waiting to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel (do not save)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for another program that is reading %1 (a report, a count or another PC)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for another program that is saving to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waited %n second(s) so far. Nothing is lost while you wait.</source>
        <translation>
            <numerusform>Waited %n second so far. Nothing is lost while you wait.</numerusform>
            <numerusform>Waited %n seconds so far. Nothing is lost while you wait.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::CaseEditorDialog</name>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact lo&amp;g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the case and close (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This branch file is open read-only: the case can be viewed but not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned on save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to number the case automatically (fiscal year and sequence).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met&amp;hod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nsulter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coor&amp;dinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s age in years at intake (0-29).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child&apos;s &amp;age (years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the status took effect. A new status is recorded in the history from this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept only in this branch file: personal data never appears in reports, statistics or exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone, e-mail or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consulter&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To&amp;pics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care n&amp;eeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a contact dated today (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected contacts (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a cell or press F2 to edit it; Tab moves to the next cell. Insert adds a contact, Delete removes the selected ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>coordinator name (role)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded when the case is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case — Tsunagu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 — Tsunagu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact lo&amp;g (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s); the last on %1.</source>
        <translation>
            <numerusform>%n contact, on %1.</numerusform>
            <numerusform>%n contacts; the last on %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s).</source>
        <translation>
            <numerusform>%n contact.</numerusform>
            <numerusform>%n contacts.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a municipality in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case number %1 is already in use; leave it empty to number the case automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a later change to &quot;%1&quot; is recorded on %2; choose a date after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new case has not been saved. Save it before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 has unsaved changes. Save them before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the coordinator took charge. Another coordinator is recorded as a handover on this date (today unless you choose another); the statistics of earlier dates keep the coordinator in charge then. A new case&apos;s coordinator is in charge from the date received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <comment>coordinator from date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In charge: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, then </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::CaseListView</name>
    <message>
        <source>Fiscal year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search case no., names, notes (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All coordinators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Nobody in charge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No branch file is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (filtered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source> · counting contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln case</numerusform>
            <numerusform>%Ln cases</numerusform>
        </translation>
    </message>
    <message>
        <source>Sorting cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases: those received in the chosen period that match the filter.
Contacts in the period: the contact-log entries dated in it, of the cases that match the other criteria, whenever received; the dashboard and the reports count the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · %Ln contact(s) in the period</source>
        <translation>
            <numerusform> · %Ln contact in the period</numerusform>
            <numerusform> · %Ln contacts in the period</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %Ln contact(s) of all dates</source>
        <translation>
            <numerusform> · %Ln contact of all dates</numerusform>
            <numerusform> · %Ln contacts of all dates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::CaseTableModel</name>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Last contact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consulter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ContactLogModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::CoordinatorDialog</name>
    <message>
        <source>New coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the consultation support office they work at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality the coordinator is placed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cohort of the coordinator training they completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Active: still works with the branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ffiliation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training &amp;cohort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branch file is read-only: the coordinator cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another coordinator is already called %1. Add something that tells them apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open case(s) are still assigned to this coordinator. Remember to hand them on.</source>
        <translation>
            <numerusform>%n open case is still assigned to this coordinator. Remember to hand it on.</numerusform>
            <numerusform>%n open cases are still assigned to this coordinator. Remember to hand them on.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save the coordinator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::CoordinatorTableModel</name>
    <message>
        <source>Cohort %1</source>
        <comment>training cohort (期) of a coordinator; %1 is its number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open case(s)</source>
        <translation>
            <numerusform>%n open case</numerusform>
            <numerusform>%n open cases</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>the coordinator is active</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <comment>the coordinator is inactive</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <comment>where the coordinator is placed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality the coordinator is placed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cohort of the coordinator training they completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the coordinator still works with the branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases assigned to the coordinator that are not completed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::CoordinatorView</name>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected coordinator (Enter or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the cases of the selected coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show inactive coordinators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coordinators yet. Use Add… to enter the coordinators of the branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open cases are assigned to coordinators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open case(s) assigned to coordinators.</source>
        <translation>
            <numerusform>%n open case assigned to coordinators.</numerusform>
            <numerusform>%n open cases assigned to coordinators.</numerusform>
        </translation>
    </message>
    <message>
        <source>Chief coordinator %1 holds %2 of them (%3%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chief coordinators hold %1 of them (%2%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The other %n active coordinator(s) hold %1 on average.</source>
        <translation>
            <numerusform>The other %n active coordinator holds %1.</numerusform>
            <numerusform>The other %n active coordinators hold %1 on average.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open case(s) are still assigned to inactive coordinators.</source>
        <translation>
            <numerusform>%n open case is still assigned to an inactive coordinator.</numerusform>
            <numerusform>%n open cases are still assigned to inactive coordinators.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::DashboardView</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the table, to paste into Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a branch file to see its statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day of the period is after its last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statistics could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A year earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts are recorded for this period. Contacts entered in a case&apos;s contact log are counted here by kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a region in the chart to see its municipalities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases: %1 (fiscal year to date %2; a year earlier %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases: %1 (a year earlier %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics mentioned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts in the period: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::DesktopApplication</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tsunagu: consultations of a medical-care children&apos;s support branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo branch file (synthetic cases).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A branch file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo branch file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::FileCheckRunner</name>
    <message>
        <source>Checking the whole file (saves wait meanwhile)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 passed the full check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file failed its check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair the indexes now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indexes were rebuilt; %1 now passes the full check.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::LockWaitDialog</name>
    <message>
        <source>File in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waiting at most %n more second(s)…</source>
        <translation>
            <numerusform>Waiting at most %n more second…</numerusform>
            <numerusform>Waiting at most %n more seconds…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Taking over in %n second(s) unless the lock is renewed…</source>
        <translation>
            <numerusform>Taking over in %n second unless the lock is renewed…</numerusform>
            <numerusform>Taking over in %n seconds unless the lock is renewed…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Open it read-only? You can look at everything but not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the branch file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open branch file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tsunagu branch files (*.tsunagu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tsunagu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — Tsunagu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: this file is open for viewing only. Changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: the file or its folder cannot be written (for example a read-only share). Changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h1&gt;Tsunagu&lt;/h1&gt;&lt;p&gt;Consultations of a medical-care children&apos;s support branch&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New branch file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open branch file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Branch File...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Cases from CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Cases as CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Case...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Case...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Case...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;oordinators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Tsunagu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the branch file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tsunagu branch files (*.tsunagu);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy %2).tsunagu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cases from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s) from %1.</source>
        <translation>
            <numerusform>Imported %n case from %1.</numerusform>
            <numerusform>Imported %n cases from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n coordinator(s) named in the file.</source>
        <translation>
            <numerusform>Added %n coordinator named in the file.</numerusform>
            <numerusform>Added %n coordinators named in the file.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cases as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include names and contact details (personal data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese headers and labels (for reading in Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the cases to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete case %1, received %2, with its contact log? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted case %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language takes effect when Tsunagu starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Tsunagu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tsunagu %1

Consultation records and statistics for the regional branches of medical-care children&apos;s support centers.

Licensed under the GNU GPL, version 3 or later. The BIZ UDPGothic font is licensed under the SIL Open Font License 1.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Monthly Summary...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Annual Report...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the file… You can look at the cases now; changes can be made as soon as the check is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck the File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted save undone</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>municipality name (name in the other language)</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::NewBranchWizard</name>
    <message>
        <source>New branch file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A branch file holds the cases of one branch. These details appear on its reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Shonan East branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chief coordinator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to keep the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it where it is backed up. On a shared folder, only one PC at a time can change it; others open it read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tsunagu branch files (*.tsunagu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branch needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to keep the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ProgressWait</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ReportCommand</name>
    <message>
        <source>Write the monthly summary or annual report as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the monthly summary (月報) of a month, or the annual report (年度報告) of a fiscal year, as an A4 PDF with the bundled Japanese font embedded. No personal data is included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branch file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month of a monthly summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fiscal year of an annual report, by the year it starts in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the report: ja (default) or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;tsunagu-cli report --help&quot; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tsunagu-cli report: --db and --output are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tsunagu-cli report: give either --month or --fiscal-year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tsunagu-cli report: --language takes ja or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tsunagu-cli report: --month takes YYYY-MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tsunagu-cli report: --fiscal-year takes the year it starts in (2024 for April 2024 to March 2025).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tsunagu-cli report: internal error: the report needs a QApplication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote the monthly summary of %1 to %2 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote the monthly summary of %1 to %2 (%n page).</numerusform>
            <numerusform>Wrote the monthly summary of %1 to %2 (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the annual report of fiscal year %1 to %2 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote the annual report of fiscal year %1 to %2 (%n page).</numerusform>
            <numerusform>Wrote the annual report of fiscal year %1 to %2 (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ReportDialog</name>
    <message>
        <source>Monthly summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fiscal year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cases received in %1, and in the fiscal year up to its end, each beside the same period a year earlier. A4, no personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cases received in %1, beside the fiscal year before. A4, no personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the cases for the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is already being prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the report was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ReportRenderer</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be drawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese era (令和6年4月1日)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO (2024-04-01)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect when Tsunagu starts again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
