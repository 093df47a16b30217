#include "import/CsvMappingDialog.h"

#include "domain/Clock.h"
#include "import/CsvColumnMappingModel.h"
#include "import/CsvTargetDelegate.h"
#include "io/csv/CsvMapper.h"
#include "io/csv/CsvRow.h"
#include "widgets/RecordTableView.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace kith {

namespace {

constexpr int PreviewRows = 8;

QString joinValues(const QList<LabeledValue>& values)
{
    QStringList texts;
    for (const LabeledValue& value : values)
        texts << value.value;
    return texts.join(QStringLiteral(", "));
}

bool identifiesSomeone(const CsvColumnMapping& mapping)
{
    using Target = CsvColumnMapping::Target;
    static const QList<Target> identifying = {Target::DisplayName, Target::GivenName,    Target::FamilyName,
                                              Target::Nickname,    Target::Organization, Target::Email,
                                              Target::Phone};
    return std::any_of(mapping.columns.begin(), mapping.columns.end(),
                       [](Target target) { return identifying.contains(target); });
}

} // namespace

CsvMappingDialog::CsvMappingDialog(const QString& file, const CsvPreview& preview, const CsvColumnMapping& mapping,
                                   bool remembered, const Clock& clock, QWidget* parent)
    : QDialog(parent)
    , m_file(file)
    , m_preview(preview)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("csvMappingDialog"));
    setWindowTitle(tr("Import CSV: Choose Columns"));
    setSizeGripEnabled(true);

    const QString name = QFileInfo(file).fileName();
    // Shown when the import asks for the columns of several files (setPosition).
    m_step = new QLabel(this);
    m_step->setObjectName(QStringLiteral("csvMappingStep"));
    QFont stepFont = m_step->font();
    stepFont.setBold(true);
    stepFont.setPointSizeF(stepFont.pointSizeF() * 1.15);
    m_step->setFont(stepFont);
    m_step->hide();
    auto* intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("csvMappingIntro"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    intro->setText(
        (remembered ? tr("<b>%1</b> has the same columns as a file you imported before: the choices you made then "
                         "are filled in.")
                    : tr("Kith does not know which app wrote <b>%1</b>. Choose what each column holds; Kith "
                         "remembers your choice for files with the same columns."))
            .arg(name.toHtmlEscaped()) +
        QStringLiteral("<br>") +
        tr("“Keep as extra field” stores the value with the contact without showing it; “Ignore” leaves it out."));
    const QString separator =
        preview.separator == QLatin1Char('\t') ? tr("tab") : QStringLiteral("“%1”").arg(preview.separator);
    auto* detected = new QLabel(tr("Columns: %1 · Encoding: %2 · Separator: %3")
                                    .arg(QString::number(preview.header.size()), preview.encoding, separator),
                                this);
    detected->setObjectName(QStringLiteral("csvMappingDetected"));
    QPalette dim = detected->palette();
    dim.setColor(QPalette::WindowText, dim.color(QPalette::PlaceholderText));
    detected->setPalette(dim);
    m_sameColumns = new QLabel(this);
    m_sameColumns->setObjectName(QStringLiteral("csvMappingSameColumns"));
    m_sameColumns->setWordWrap(true);
    m_sameColumns->setTextFormat(Qt::RichText);
    m_sameColumns->hide();

    m_model = new CsvColumnMappingModel(preview.header, preview.rows, mapping, this);
    m_columns = new RecordTableView(QAbstractItemView::SingleSelection, this);
    m_columns->setObjectName(QStringLiteral("csvMappingTable"));
    m_columns->setModel(m_model);
    m_columns->setItemDelegateForColumn(CsvColumnMappingModel::Target, new CsvTargetDelegate(m_columns));
    m_columns->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_columns->verticalHeader()->setDefaultSectionSize(m_columns->fontMetrics().height() + 16);
    QHeaderView* header = m_columns->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(CsvColumnMappingModel::Header, QHeaderView::Interactive);
    header->setSectionResizeMode(CsvColumnMappingModel::Examples, QHeaderView::Stretch);
    header->setSectionResizeMode(CsvColumnMappingModel::Target, QHeaderView::Fixed);
    const QFontMetrics metrics = m_columns->fontMetrics();
    header->resizeSection(CsvColumnMappingModel::Header,
                          metrics.horizontalAdvance(QStringLiteral("Primary Email Address")) + 24);
    header->resizeSection(CsvColumnMappingModel::Target,
                          metrics.horizontalAdvance(CsvColumnMapping::targetLabel(CsvColumnMapping::Target::Keep)) +
                              60);
    // The combo boxes are always shown, so that it is plain that every column can be changed (a CSV file
    // has tens of columns, not thousands).
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_columns->openPersistentEditor(m_model->index(row, CsvColumnMappingModel::Target));

    auto* previewBox = new QGroupBox(tr("The first rows as contacts"), this);
    m_previewModel = new QStandardItemModel(0, 7, this);
    m_previewModel->setHorizontalHeaderLabels({tr("Name"), tr("Emails"), tr("Phones"), tr("Organization"),
                                               tr("Birthday"), tr("Address"), tr("Kept as extra fields")});
    auto* previewView = new RecordTableView(QAbstractItemView::NoSelection, previewBox);
    previewView->setObjectName(QStringLiteral("csvMappingPreview"));
    previewView->setModel(m_previewModel);
    previewView->horizontalHeader()->setHighlightSections(false);
    previewView->horizontalHeader()->resizeSection(
        0, metrics.horizontalAdvance(QStringLiteral("margaret@example.com")) + 24);
    previewView->horizontalHeader()->resizeSection(
        1, metrics.horizontalAdvance(QStringLiteral("margaret@example.com")) + 24);
    previewView->horizontalHeader()->resizeSection(2,
                                                   metrics.horizontalAdvance(QStringLiteral("+44 20 7946 0958")) + 24);
    auto* previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(4, 4, 4, 4);
    previewLayout->addWidget(previewView);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_columns);
    splitter->addWidget(previewBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_problem = new QLabel(tr("Choose a column for the name, email, phone or organization: otherwise no row "
                              "becomes a contact."),
                           this);
    m_problem->setObjectName(QStringLiteral("csvMappingProblem"));
    m_problem->setWordWrap(true);
    QPalette warn = m_problem->palette();
    warn.setColor(QPalette::WindowText, QColor(0xb0, 0x3a, 0x2e));
    m_problem->setPalette(warn);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Continue"));
    m_buttons->button(QDialogButtonBox::Ok)
        ->setToolTip(tr("Read the file with these columns and show what "
                        "the import would do; nothing is written yet"));
    QPushButton* reset = m_buttons->addButton(tr("&Best Guess"), QDialogButtonBox::ResetRole);
    reset->setObjectName(QStringLiteral("csvMappingGuessButton"));
    reset->setToolTip(tr("Start again from Kith's guess based on the column names"));
    connect(reset, &QPushButton::clicked, this,
            [this] { m_model->setMapping(CsvColumnMapping::guess(m_preview.header, m_preview.rows)); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_step);
    layout->addWidget(intro);
    layout->addWidget(m_sameColumns);
    layout->addWidget(detected);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_model, &CsvColumnMappingModel::mappingChanged, this, &CsvMappingDialog::updatePreview);
    updatePreview();
    resize(980, 700);
}

CsvMappingDialog::~CsvMappingDialog() = default;

void CsvMappingDialog::setPosition(int number, int count, const QStringList& sameColumns)
{
    if (count > 1) {
        const QString step = tr("File %1 of %n", nullptr, count).arg(number);
        setWindowTitle(tr("Import CSV: Choose Columns (%1)").arg(step));
        m_step->setText(tr("%1: %2").arg(step, QFileInfo(m_file).fileName()));
        m_step->show();
    }
    if (!sameColumns.isEmpty()) {
        QStringList names;
        for (const QString& other : sameColumns)
            names << QStringLiteral("<b>%1</b>").arg(QFileInfo(other).fileName().toHtmlEscaped());
        m_sameColumns->setText(
            tr("Your choice here also applies to %1 (same columns).").arg(QLocale().createSeparatedList(names)));
        m_sameColumns->show();
    }
    // Before the last page, the button opens the next file's page rather than reading the files.
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    if (number < count) {
        ok->setText(tr("&Next File"));
        ok->setToolTip(tr("Choose the columns of the next file; nothing is read or written yet"));
    } else {
        ok->setText(tr("&Continue"));
        ok->setToolTip(tr("Read the file with these columns and show what the import would do; nothing is written "
                          "yet"));
    }
}

CsvColumnMapping CsvMappingDialog::mapping() const
{
    return m_model->mapping();
}

void CsvMappingDialog::updatePreview()
{
    const CsvColumnMapping mapping = m_model->mapping();
    const CsvMapper mapper(mapping.toProfile(), m_clock);
    m_previewModel->removeRows(0, m_previewModel->rowCount());
    int line = int(m_preview.headerLine);
    for (const QStringList& cells : m_preview.rows) {
        if (m_previewModel->rowCount() == PreviewRows)
            break;
        CsvRow row;
        row.cells = cells;
        row.line = ++line;
        const MappedCsvRow mapped = mapper.map(row);
        const Contact& contact = mapped.contact;
        QString address;
        if (!contact.addresses.isEmpty())
            address = contact.addresses.constFirst().singleLine();
        // As the import names them: someone with only a phone number is kept, shown by the number.
        QString name = contact.effectiveName();
        const bool byPhone = name.isEmpty() && !contact.phones.isEmpty();
        if (byPhone)
            name = contact.phones.constFirst().value;
        auto* nameItem = new QStandardItem(name.isEmpty() ? tr("(no name: not imported)") : name);
        if (name.isEmpty() || byPhone)
            nameItem->setForeground(QColor(0x90, 0x90, 0x90));
        if (!mapped.warnings.isEmpty())
            nameItem->setToolTip(mapped.warnings.join(QLatin1Char('\n')));
        // What "Keep as extra field" keeps: the column's name and the value.
        QStringList kept;
        for (int column : mapping.keptColumns()) {
            const QString value = cells.value(column).trimmed();
            if (!value.isEmpty())
                kept << QStringLiteral("%1: %2").arg(m_preview.header.value(column), value);
        }
        m_previewModel->appendRow(
            {nameItem, new QStandardItem(joinValues(contact.emails)), new QStandardItem(joinValues(contact.phones)),
             new QStandardItem(contact.organization),
             new QStandardItem(contact.birthday.isNull() ? QString() : contact.birthday.toIsoString()),
             new QStandardItem(address), new QStandardItem(kept.join(QStringLiteral("; ")))});
    }
    const bool usable = identifiesSomeone(mapping);
    m_problem->setVisible(!usable);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(usable);
}

} // namespace kith
