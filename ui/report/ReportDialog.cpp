// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportDialog.h"

#include "calendar/FiscalYear.h"
#include "calendar/JapaneseCalendar.h"
#include "common/BackgroundTask.h"
#include "common/ReportSource.h"
#include "report/ReportRenderer.h"
#include "statistics/StatisticsEngine.h"
#include "storage/BranchFile.h"
#include "storage/FileCheck.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPageLayout>
#include <QPointer>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>

namespace tsunagu::ui {

namespace {

const QString PrinterNameKey = QStringLiteral("report/printerName");
const QString DuplexKey = QStringLiteral("report/duplex");
const QString ColorKey = QStringLiteral("report/color");
const QString LastFolderKey = QStringLiteral("report/lastFolder");

/// How long counting runs before the dialog shows its progress, so that a
/// small file's report does not flicker.
constexpr int ProgressDelayMs = 150;

} // namespace

ReportDialog::ReportDialog(BranchFile& file, statistics::ReportData::Kind kind, QWidget* parent)
    : QDialog(parent)
    , m_file(file)
    , m_kind(kind)
{
    setObjectName(QStringLiteral("reportDialog"));
    const bool monthly = kind == statistics::ReportData::Kind::Monthly;
    setWindowTitle(monthly ? tr("Monthly summary") : tr("Annual report"));

    auto* form = new QFormLayout;
    // The month before this one: the summary is made after a month closes.
    const QDate lastMonth = QDate::currentDate().addMonths(-1);
    if (monthly) {
        m_month = new QDateEdit(QDate(lastMonth.year(), lastMonth.month(), 1), this);
        m_month->setObjectName(QStringLiteral("reportMonthDateEdit"));
        m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
        m_month->setCalendarPopup(false);
        form->addRow(tr("&Month:"), m_month);
        connect(m_month, &QDateEdit::dateChanged, this, &ReportDialog::updateDescription);
    } else {
        m_fiscalYear = new QComboBox(this);
        m_fiscalYear->setObjectName(QStringLiteral("reportFiscalYearComboBox"));
        int first = calendar::FiscalYear::containing(QDate::currentDate()).startYear() - 1;
        if (const auto range = statistics::StatisticsEngine(file).receivedRange();
            range.ok() && range->has_value()) {
            first = std::min(first, calendar::FiscalYear::containing((*range)->from).startYear());
        }
        const int current = calendar::FiscalYear::containing(QDate::currentDate()).startYear();
        for (int year = current; year >= first; --year) {
            m_fiscalYear->addItem(
                calendar::JapaneseCalendar::instance().formatFiscalYear(year, displayLanguage()), year);
        }
        // Default: the last complete fiscal year.
        m_fiscalYear->setCurrentIndex(m_fiscalYear->count() > 1 ? 1 : 0);
        form->addRow(tr("&Fiscal year:"), m_fiscalYear);
        connect(m_fiscalYear, &QComboBox::currentIndexChanged, this, &ReportDialog::updateDescription);
    }
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("reportLanguageComboBox"));
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    form->addRow(tr("&Language:"), m_language);

    m_description = new QLabel(this);
    m_description->setObjectName(QStringLiteral("reportDescriptionLabel"));
    m_description->setWordWrap(true);

    m_progress = new QWidget(this);
    m_progress->setObjectName(QStringLiteral("reportProgressWidget"));
    auto* progressLabel = new QLabel(tr("Counting the cases for the report…"), m_progress);
    progressLabel->setObjectName(QStringLiteral("reportProgressLabel"));
    auto* progressBar = new QProgressBar(m_progress);
    progressBar->setObjectName(QStringLiteral("reportProgressBar"));
    progressBar->setRange(0, 0); // indeterminate
    progressBar->setTextVisible(false);
    progressBar->setAccessibleName(progressLabel->text());
    auto* cancel = new QPushButton(tr("Cancel"), m_progress);
    cancel->setObjectName(QStringLiteral("reportCancelButton"));
    connect(cancel, &QPushButton::clicked, this, &ReportDialog::cancelPreparing);
    auto* progressLayout = new QHBoxLayout(m_progress);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(progressLabel);
    progressLayout->addWidget(progressBar, 1);
    progressLayout->addWidget(cancel);
    // The dialog keeps its size when the row comes and goes.
    QSizePolicy keepSpace = m_progress->sizePolicy();
    keepSpace.setRetainSizeWhenHidden(true);
    m_progress->setSizePolicy(keepSpace);
    m_progress->hide();
    m_progressDelay = new QTimer(this);
    m_progressDelay->setSingleShot(true);
    connect(m_progressDelay, &QTimer::timeout, m_progress, &QWidget::show);
    m_task = std::make_unique<BackgroundTask>(this);

    auto* buttons = new QDialogButtonBox(this);
    auto* previewButton = buttons->addButton(tr("Pre&view..."), QDialogButtonBox::ActionRole);
    previewButton->setObjectName(QStringLiteral("previewButton"));
    auto* printButton = buttons->addButton(tr("&Print..."), QDialogButtonBox::ActionRole);
    printButton->setObjectName(QStringLiteral("printButton"));
    auto* pdfButton = buttons->addButton(tr("Save as P&DF..."), QDialogButtonBox::ActionRole);
    pdfButton->setObjectName(QStringLiteral("savePdfButton"));
    buttons->addButton(QDialogButtonBox::Close);
    previewButton->setDefault(true);
    connect(previewButton, &QPushButton::clicked, this, &ReportDialog::preview);
    connect(printButton, &QPushButton::clicked, this, &ReportDialog::print);
    connect(pdfButton, &QPushButton::clicked, this, &ReportDialog::savePdf);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReportDialog::reject);
    m_inputs = {m_language, previewButton, printButton, pdfButton};
    m_inputs.append(monthly ? static_cast<QWidget*>(m_month) : m_fiscalYear);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_description);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    updateDescription();
}

// The task goes first and drops a count under way; the worker, which owns
// copies of what it reads, finishes on its own.
ReportDialog::~ReportDialog() = default;

void ReportDialog::updateDescription()
{
    const auto& calendar = calendar::JapaneseCalendar::instance();
    if (m_kind == statistics::ReportData::Kind::Monthly) {
        const QDate month = m_month->date();
        m_description->setText(
            tr("The cases received in %1, and in the fiscal year up to its end, each beside "
               "the same period a year earlier. A4, no personal data.")
                .arg(calendar.formatYearMonth(month, displayLanguage())));
    } else {
        m_description->setText(
            tr("The cases received in %1, beside the fiscal year before. A4, no personal data.")
                .arg(m_fiscalYear->currentText()));
    }
}

ReportDialog::Choice ReportDialog::choice() const
{
    if (m_kind == statistics::ReportData::Kind::Monthly) {
        const QDate month = m_month->date();
        return Choice{QDate(month.year(), month.month(), 1), 0};
    }
    return Choice{QDate(), m_fiscalYear->currentData().toInt()};
}

Result<statistics::ReportData> ReportDialog::reportData()
{
    if (m_data && m_dataChoice == choice()) {
        return *m_data;
    }
    return count();
}

Result<statistics::ReportData> ReportDialog::count()
{
    if (m_waiting) {
        // The inputs are disabled while counting; nothing should get here.
        return Error(Error::Kind::Generic, tr("The report is already being prepared."));
    }
    const Choice wanted = choice();
    const statistics::ReportData::Kind kind = m_kind;
    std::optional<Result<statistics::ReportData>> counted;
    QEventLoop loop;
    // The worker gets copies: nothing of m_file is read on its thread.
    m_task->start(
        [source = ReportSource::of(m_file), filePath = m_file.path(), kind,
         wanted](const BackgroundTask::IsCancelled& isCancelled) -> Result<statistics::ReportData> {
            // Figures are printed only from a file that passes the full check
            // (always before an annual report): a damaged index gives wrong
            // counts without any error.
            if (auto r = storage::FileCheck::requireSound(
                    filePath, source.databasePath, kind == statistics::ReportData::Kind::Annual, isCancelled);
                !r.ok()) {
                return r.error();
            }
            return source.compute(
                [&](const statistics::StatisticsEngine& engine, const BranchInfo& branch) {
                    return kind == statistics::ReportData::Kind::Monthly
                               ? statistics::ReportData::monthly(engine, branch, wanted.month)
                               : statistics::ReportData::annual(engine, branch, wanted.fiscalYear);
                },
                isCancelled);
        },
        [&counted, &loop](Result<statistics::ReportData> result) {
            counted = std::move(result);
            loop.quit();
        });
    // Whatever ends the wait: the result, cancelPreparing() or the dialog's end.
    const QPointer<ReportDialog> self(this);
    connect(this, &QObject::destroyed, &loop, &QEventLoop::quit);
    m_waiting = &loop;
    m_cancelled = false;
    setPreparing(true);
    loop.exec();
    if (!self) {
        return Error(Error::Kind::Generic, tr("Preparing the report was cancelled."));
    }
    m_waiting = nullptr;
    setPreparing(false);
    if (!counted) {
        m_task->cancel();
        return Error(Error::Kind::Generic, tr("Preparing the report was cancelled."));
    }
    if (counted->ok()) {
        m_data = counted->value();
        m_dataChoice = wanted;
    }
    return std::move(*counted);
}

void ReportDialog::cancelPreparing()
{
    m_task->cancel();
    if (m_waiting) {
        m_cancelled = true;
        m_waiting->quit();
    }
}

bool ReportDialog::isPreparing() const
{
    return m_waiting != nullptr;
}

void ReportDialog::reject()
{
    cancelPreparing();
    QDialog::reject();
}

void ReportDialog::setPreparing(bool preparing)
{
    if (preparing) {
        // Disabling the focused button moves the focus on: it comes back after.
        m_focusBeforePreparing = focusWidget();
    }
    for (QWidget* input : std::as_const(m_inputs)) {
        input->setEnabled(!preparing);
    }
    if (preparing) {
        m_progressDelay->start(ProgressDelayMs);
        return;
    }
    m_progressDelay->stop();
    m_progress->hide();
    if (m_focusBeforePreparing) {
        m_focusBeforePreparing->setFocus();
    }
}

std::optional<statistics::ReportData> ReportDialog::prepare()
{
    const QPointer<ReportDialog> self(this);
    auto prepared = reportData();
    if (!self) {
        return std::nullopt;
    }
    if (!prepared.ok()) {
        if (!m_cancelled) {
            MessageBox::critical(this, windowTitle(), prepared.error().message);
        }
        return std::nullopt;
    }
    return std::move(prepared).value();
}

void ReportDialog::restorePrinterSettings(QPrinter& printer) const
{
    QSettings settings;
    const QString name = settings.value(PrinterNameKey).toString();
    if (!name.isEmpty()) {
        printer.setPrinterName(name);
    }
    printer.setDuplex(
        static_cast<QPrinter::DuplexMode>(settings.value(DuplexKey, QPrinter::DuplexAuto).toInt()));
    printer.setColorMode(settings.value(ColorKey, true).toBool() ? QPrinter::Color : QPrinter::GrayScale);
}

void ReportDialog::savePrinterSettings(const QPrinter& printer) const
{
    QSettings settings;
    if (printer.outputFormat() == QPrinter::NativeFormat) {
        settings.setValue(PrinterNameKey, printer.printerName());
    }
    settings.setValue(DuplexKey, static_cast<int>(printer.duplex()));
    settings.setValue(ColorKey, printer.colorMode() == QPrinter::Color);
}

Language ReportDialog::reportLanguage() const
{
    return m_language->currentData().toString() == QLatin1String("en") ? Language::English
                                                                       : Language::Japanese;
}

void ReportDialog::preparePrinter(QPrinter& printer, const statistics::ReportData& report) const
{
    restorePrinterSettings(printer);
    ReportRenderer::preparePrinter(printer, report, reportLanguage());
}

void ReportDialog::preview()
{
    const auto report = prepare();
    if (!report) {
        return;
    }
    const ReportRenderer renderer(*report, m_file.masterData(), reportLanguage());
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer, *report);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("reportPreviewDialog"));
    dialog.setWindowTitle(renderer.documentTitle());
    dialog.resize(900, 1000);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [&renderer](QPrinter* target) { renderer.paint(*target); });
    if (dialog.exec() == QDialog::Accepted) {
        savePrinterSettings(printer);
    }
}

void ReportDialog::print()
{
    const auto report = prepare();
    if (!report) {
        return;
    }
    const ReportRenderer renderer(*report, m_file.masterData(), reportLanguage());
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer, *report);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    savePrinterSettings(printer);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool printed = renderer.paint(printer);
    QApplication::restoreOverrideCursor();
    if (!printed) {
        MessageBox::critical(this, windowTitle(), tr("The printer could not be used."));
    }
}

QString ReportDialog::savePdf()
{
    const auto report = prepare();
    if (!report) {
        return {};
    }
    const ReportRenderer renderer(*report, m_file.masterData(), reportLanguage());
    QString folder = QSettings().value(LastFolderKey).toString();
    if (folder.isEmpty()) {
        folder = QFileInfo(m_file.path()).absolutePath();
    }
    QString name = renderer.documentTitle();
    for (const QChar bad : QStringLiteral("\\/:*?\"<>|")) {
        name.replace(bad, QLatin1Char('_'));
    }
    const QString path = FileDialog::getSaveFileName(this, tr("Save as PDF"),
                                                     QDir(folder).filePath(name + QStringLiteral(".pdf")),
                                                     tr("PDF files (*.pdf)"), QStringLiteral("pdf"));
    if (path.isEmpty()) {
        return {};
    }
    QSettings().setValue(LastFolderKey, QFileInfo(path).absolutePath());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto written = renderer.writePdf(path);
    QApplication::restoreOverrideCursor();
    if (!written.ok()) {
        MessageBox::critical(this, windowTitle(), written.error().message);
        return {};
    }
    return path;
}

} // namespace tsunagu::ui
