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
        <source>Choose another file name for the copy.</source>
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
        <source>Cannot create a temporary folder to read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1</source>
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
        <source>Counting contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading cases</source>
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
        <source>at least one value is required</source>
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
    <message>
        <source>Counting open cases</source>
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
        <source>Generated %1 cases in %2.</source>
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
        <source>Exports every case as CSV (exchange format, UTF-8 with BOM). Personal data is left out unless asked for.</source>
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
        <source>Reading case numbers</source>
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
    <name>tsunagu::statistics::StatisticsEngine</name>
    <message>
        <source>The period %1 to %2 is not a valid range of dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting cases</source>
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
        <source>The branch file is busy: another program is writing to it. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tsunagu::storage::BranchLock</name>
    <message>
        <source>Cannot create the lock file %1.</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>No branch file is open. Use File → Open to open one.</source>
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
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;Region: %2&lt;br&gt;Chief coordinator: %3&lt;br&gt;Cases: %4&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
