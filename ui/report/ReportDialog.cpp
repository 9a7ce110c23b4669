// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportDialog.h"

#include "calendar/FiscalYear.h"
#include "calendar/JapaneseCalendar.h"
#include "report/ReportRenderer.h"
#include "statistics/StatisticsEngine.h"
#include "storage/BranchFile.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPageLayout>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace tsunagu::ui {

namespace {

const QString PrinterNameKey = QStringLiteral("report/printerName");
const QString DuplexKey = QStringLiteral("report/duplex");
const QString ColorKey = QStringLiteral("report/color");
const QString LastFolderKey = QStringLiteral("report/lastFolder");

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
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_description);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    updateDescription();
}

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

Result<statistics::ReportData> ReportDialog::reportData() const
{
    const statistics::StatisticsEngine engine(m_file);
    if (m_kind == statistics::ReportData::Kind::Monthly) {
        return statistics::ReportData::monthly(engine, m_file.info(), m_month->date());
    }
    return statistics::ReportData::annual(engine, m_file.info(), m_fiscalYear->currentData().toInt());
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

std::unique_ptr<ReportRenderer> ReportDialog::makeRenderer()
{
    auto computed = reportData();
    if (!computed.ok()) {
        MessageBox::critical(this, windowTitle(), computed.error().message);
        return nullptr;
    }
    return std::make_unique<ReportRenderer>(std::move(computed).value(), m_file.masterData(),
                                            reportLanguage());
}

Language ReportDialog::reportLanguage() const
{
    return m_language->currentData().toString() == QLatin1String("en") ? Language::English
                                                                       : Language::Japanese;
}

void ReportDialog::preparePrinter(QPrinter& printer) const
{
    restorePrinterSettings(printer);
    if (auto computed = reportData(); computed.ok()) {
        ReportRenderer::preparePrinter(printer, computed.value(), reportLanguage());
    }
}

void ReportDialog::preview()
{
    const auto renderer = makeRenderer();
    if (!renderer) {
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("reportPreviewDialog"));
    dialog.setWindowTitle(renderer->documentTitle());
    dialog.resize(900, 1000);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [&renderer](QPrinter* target) { renderer->paint(*target); });
    if (dialog.exec() == QDialog::Accepted) {
        savePrinterSettings(printer);
    }
}

void ReportDialog::print()
{
    const auto renderer = makeRenderer();
    if (!renderer) {
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    savePrinterSettings(printer);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool printed = renderer->paint(printer);
    QApplication::restoreOverrideCursor();
    if (!printed) {
        MessageBox::critical(this, windowTitle(), tr("The printer could not be used."));
    }
}

QString ReportDialog::savePdf()
{
    const auto rendererPointer = makeRenderer();
    if (!rendererPointer) {
        return {};
    }
    const ReportRenderer& renderer = *rendererPointer;
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
