#include "contacts/ExportContactsDialog.h"

#include "storage/ContactStore.h"
#include "storage/TagStore.h"
#include "widgets/MessageBox.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace kith {

namespace {

using Format = ContactExporter::Format;
using ScopeKind = ContactExporter::Scope::Kind;

// A tag name as a piece of a file name: letters, digits and '-' only.
QString fileNamePart(const QString& text)
{
    QString part;
    for (const QChar c : text.trimmed().toLower()) {
        if (c.isLetterOrNumber())
            part += c;
        else if (!part.endsWith(u'-'))
            part += u'-';
    }
    while (part.endsWith(u'-'))
        part.chop(1);
    return part.isEmpty() ? QStringLiteral("tag") : part;
}

} // namespace

ExportContactsDialog::ExportContactsDialog(const ContactStore& contacts, const TagStore& tags,
                                           QList<qint64> selectedIds, QWidget* parent)
    : QDialog(parent)
    , m_contacts(contacts)
    , m_selectedIds(std::move(selectedIds))
{
    setWindowTitle(tr("Export Contacts"));
    setObjectName(QStringLiteral("exportContactsDialog"));

    auto* scopeBox = new QGroupBox(tr("Contacts"), this);
    auto* scopeLayout = new QGridLayout(scopeBox);
    const int selected = int(m_selectedIds.size());
    m_selectionButton = new QRadioButton(tr("Selected contacts (%1)").arg(selected), scopeBox);
    m_selectionButton->setObjectName(QStringLiteral("exportSelectionButton"));
    m_selectionButton->setToolTip(tr("Only the contacts selected in the table"));
    m_selectionButton->setEnabled(selected > 0);
    const auto total = contacts.count();
    m_allButton = new QRadioButton(total ? tr("All contacts (%1)").arg(*total) : tr("All contacts"), scopeBox);
    m_allButton->setObjectName(QStringLiteral("exportAllButton"));
    m_allButton->setToolTip(tr("Everyone in the database, except the contacts in the Trash"));
    m_tagButton = new QRadioButton(tr("Contacts with the tag:"), scopeBox);
    m_tagButton->setObjectName(QStringLiteral("exportTagButton"));
    m_tagButton->setToolTip(tr("Only the contacts that carry the chosen tag"));
    m_tagCombo = new QComboBox(scopeBox);
    m_tagCombo->setObjectName(QStringLiteral("exportTagCombo"));
    m_tagCombo->setToolTip(tr("The tag whose contacts are exported"));
    if (const auto all = tags.all()) {
        for (const Tag& tag : *all)
            m_tagCombo->addItem(tag.name);
    }
    m_tagButton->setEnabled(m_tagCombo->count() > 0);
    m_tagCombo->setEnabled(false);
    auto* scopeGroup = new QButtonGroup(this);
    scopeGroup->addButton(m_selectionButton);
    scopeGroup->addButton(m_allButton);
    scopeGroup->addButton(m_tagButton);
    (selected > 1 ? m_selectionButton : m_allButton)->setChecked(true);
    scopeLayout->addWidget(m_selectionButton, 0, 0, 1, 2);
    scopeLayout->addWidget(m_allButton, 1, 0, 1, 2);
    scopeLayout->addWidget(m_tagButton, 2, 0);
    scopeLayout->addWidget(m_tagCombo, 2, 1);
    scopeLayout->setColumnStretch(1, 1);

    m_formatCombo = new QComboBox(this);
    m_formatCombo->setObjectName(QStringLiteral("exportFormatCombo"));
    m_formatCombo->addItem(tr("vCard 4.0 (.vcf)"), int(Format::VCard40));
    m_formatCombo->addItem(tr("vCard 3.0, for older programs (.vcf)"), int(Format::VCard30));
    m_formatCombo->addItem(tr("CSV, for spreadsheets (.csv)"), int(Format::Csv));
    m_formatCombo->setToolTip(tr("vCard keeps every field and is read by address books and phones; "
                                 "CSV opens in spreadsheets"));
    m_formatHint = new QLabel(this);
    m_formatHint->setObjectName(QStringLiteral("exportFormatHint"));
    m_formatHint->setWordWrap(true);
    m_formatHint->setForegroundRole(QPalette::PlaceholderText);

    m_pathEdit = new QLineEdit(this);
    m_pathEdit->setObjectName(QStringLiteral("exportPathEdit"));
    m_pathEdit->setToolTip(tr("The file to write; an existing file is replaced only when you confirm"));
    m_pathEdit->setMinimumWidth(420);
    auto* browseButton = new QPushButton(tr("&Browse…"), this);
    browseButton->setObjectName(QStringLiteral("exportBrowseButton"));
    browseButton->setToolTip(tr("Choose the file in a save dialog"));
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_pathEdit, 1);
    pathRow->addWidget(browseButton);

    auto* form = new QFormLayout;
    form->addRow(tr("&Format:"), m_formatCombo);
    form->addRow(QString(), m_formatHint);
    auto* pathLabel = new QLabel(tr("&Save as:"), this);
    pathLabel->setBuddy(m_pathEdit);
    form->addRow(pathLabel, pathRow);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_exportButton = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setDefault(true);
    m_exportButton->setToolTip(tr("Write the file"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scopeBox);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(scopeGroup, &QButtonGroup::buttonToggled, this, [this] {
        m_tagCombo->setEnabled(m_tagButton->isChecked());
        updateProposedPath();
    });
    connect(m_tagCombo, &QComboBox::currentIndexChanged, this, &ExportContactsDialog::updateProposedPath);
    connect(m_formatCombo, &QComboBox::currentIndexChanged, this, &ExportContactsDialog::updateProposedPath);
    connect(m_pathEdit, &QLineEdit::textEdited, this, [this] { m_pathEdited = true; });
    connect(m_pathEdit, &QLineEdit::textChanged, this, &ExportContactsDialog::updateExportButton);
    connect(browseButton, &QPushButton::clicked, this, &ExportContactsDialog::browse);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportContactsDialog::runExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateProposedPath();
}

QString ExportContactsDialog::defaultFileName(const QString& folder, ScopeKind scope, const QString& tag, Format format,
                                              const QDate& today)
{
    QString name = QStringLiteral("kith-");
    switch (scope) {
    case ScopeKind::Selection:
        name += QStringLiteral("selected");
        break;
    case ScopeKind::Tag:
        name += fileNamePart(tag);
        break;
    case ScopeKind::All:
        name += QStringLiteral("contacts");
        break;
    }
    name += u'-' + today.toString(Qt::ISODate) + u'.' + ContactExporter::fileSuffix(format);
    return QDir(folder).filePath(name);
}

ContactExporter::Format ExportContactsDialog::format() const
{
    return Format(m_formatCombo->currentData().toInt());
}

ContactExporter::Scope ExportContactsDialog::scope() const
{
    if (m_selectionButton->isChecked())
        return ContactExporter::Scope::selection(m_selectedIds);
    if (m_tagButton->isChecked())
        return ContactExporter::Scope::withTag(m_tagCombo->currentText());
    return ContactExporter::Scope::all();
}

void ExportContactsDialog::updateProposedPath()
{
    switch (format()) {
    case Format::VCard40:
        m_formatHint->setText(tr("Every field, labels and year-less birthdays included. For current address books."));
        break;
    case Format::VCard30:
        m_formatHint->setText(tr("Every field, in the older format that Outlook, older phones and Android read."));
        break;
    case Format::Csv:
        m_formatHint->setText(tr("One row per contact in Google Contacts' columns, for spreadsheets; photos and "
                                 "unknown vCard properties are not included."));
        break;
    }
    const QString suffix = ContactExporter::fileSuffix(format());
    if (m_pathEdited && !m_pathEdit->text().trimmed().isEmpty()) {
        // The user's own name stays; only its suffix follows the format.
        const QFileInfo info(m_pathEdit->text().trimmed());
        if (info.suffix().compare(suffix, Qt::CaseInsensitive) != 0 &&
            (info.suffix().compare(u"vcf", Qt::CaseInsensitive) == 0 ||
             info.suffix().compare(u"csv", Qt::CaseInsensitive) == 0))
            m_pathEdit->setText(info.path() + u'/' + info.completeBaseName() + u'.' + suffix);
        return;
    }
    const QString folder = m_pathEdit->text().isEmpty()
                               ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                               : QFileInfo(m_pathEdit->text()).path();
    const ContactExporter::Scope s = scope();
    m_pathEdit->setText(defaultFileName(folder, s.kind, s.tag, format(), QDate::currentDate()));
}

void ExportContactsDialog::updateExportButton()
{
    m_exportButton->setEnabled(!m_pathEdit->text().trimmed().isEmpty());
}

void ExportContactsDialog::browse()
{
    const QString filter = format() == Format::Csv ? tr("CSV files (*.csv);;All files (*)")
                                                   : tr("vCard files (*.vcf *.vcard);;All files (*)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Contacts"), m_pathEdit->text(), filter);
    if (path.isEmpty())
        return;
    m_pathEdit->setText(QDir::toNativeSeparators(path));
    m_pathEdited = true;
}

void ExportContactsDialog::runExport()
{
    const QString path = QDir::fromNativeSeparators(m_pathEdit->text().trimmed());
    if (path.isEmpty())
        return;
    const QFileInfo info(path);
    if (!info.dir().exists()) {
        MessageBox::warning(this, tr("Cannot Export"),
                            tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.path())));
        return;
    }
    if (info.exists() && MessageBox::question(this, tr("Replace File?"),
                                              tr("%1 already exists. Replace it with the exported contacts?")
                                                  .arg(QDir::toNativeSeparators(info.fileName()))) != QMessageBox::Yes)
        return;

    ContactExporter exporter(m_contacts);
    QProgressDialog progress(tr("Exporting contacts…"), tr("Cancel"), 0, 0, this);
    progress.setObjectName(QStringLiteral("exportProgressDialog"));
    progress.setWindowTitle(tr("Export Contacts"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    // Each page ends with progress(): the dialog's setValue() lets the window repaint and Cancel be clicked.
    connect(&exporter, &ContactExporter::progress, &progress, [&progress, &exporter](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        if (progress.wasCanceled())
            exporter.cancel();
    });
    setEnabled(false);
    const auto written = exporter.exportTo(path, format(), scope());
    setEnabled(true);
    progress.reset();
    if (!written) {
        if (!progress.wasCanceled())
            MessageBox::warning(this, tr("Cannot Export"), written.error());
        return;
    }
    m_exportedPath = path;
    m_exportedCount = *written;
    accept();
}

} // namespace kith
