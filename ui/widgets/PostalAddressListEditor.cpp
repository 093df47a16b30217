#include "widgets/PostalAddressListEditor.h"

#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace kith {

namespace {

struct LabelPreset {
    const char* key;
    const char* text;
};

// QT_TRANSLATE_NOOP keeps the texts in the translation files; they are translated when shown.
constexpr LabelPreset kLabelPresets[] = {
    {"home", QT_TRANSLATE_NOOP("kith::PostalAddressListEditor", "Home")},
    {"work", QT_TRANSLATE_NOOP("kith::PostalAddressListEditor", "Work")},
    {"other", QT_TRANSLATE_NOOP("kith::PostalAddressListEditor", "Other")},
};

} // namespace

PostalAddressListEditor::PostalAddressListEditor(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout = new QVBoxLayout;
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_rowsLayout);

    auto* add = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add address"), this);
    add->setObjectName(QStringLiteral("addAddressButton"));
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addWidget(add);
    buttonRow->addStretch();
    layout->addLayout(buttonRow);
    layout->addStretch();

    connect(add, &QPushButton::clicked, this, [this] {
        addRow();
        m_rows.last().street->setFocus();
        Q_EMIT changed();
    });
    addRow();
}

void PostalAddressListEditor::setAddresses(const QList<PostalAddress>& addresses)
{
    clearRows();
    for (const PostalAddress& address : addresses)
        addRow(address);
    if (m_rows.isEmpty())
        addRow();
    Q_EMIT changed();
}

QList<PostalAddress> PostalAddressListEditor::addresses() const
{
    QList<PostalAddress> result;
    for (const Row& row : m_rows) {
        PostalAddress address;
        address.label = labelOf(row);
        address.street = row.street->text().trimmed();
        address.extended = row.extended->text().trimmed();
        address.poBox = row.poBox->text().trimmed();
        address.locality = row.locality->text().trimmed();
        address.region = row.region->text().trimmed();
        address.postalCode = row.postalCode->text().trimmed();
        address.country = row.country->text().trimmed();
        if (!address.isEmpty())
            result.append(address);
    }
    return result;
}

int PostalAddressListEditor::rowCount() const
{
    return static_cast<int>(m_rows.size());
}

void PostalAddressListEditor::addRow(const PostalAddress& address)
{
    Row row;
    row.frame = new QFrame(this);
    row.frame->setObjectName(QStringLiteral("addressFrame"));
    row.frame->setFrameShape(QFrame::StyledPanel);
    auto* grid = new QGridLayout(row.frame);

    row.label = new QComboBox(row.frame);
    row.label->setObjectName(QStringLiteral("labelCombo"));
    row.label->setEditable(true);
    row.label->setInsertPolicy(QComboBox::NoInsert);
    row.label->setToolTip(tr("Choose a label or type your own"));
    for (const LabelPreset& preset : kLabelPresets)
        row.label->addItem(tr(preset.text), QString::fromLatin1(preset.key));
    row.label->setMinimumContentsLength(14);
    row.label->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    row.label->lineEdit()->setPlaceholderText(tr("Label"));
    const bool fresh = address.label.isEmpty() && address.isEmpty();
    if (fresh) {
        row.label->setCurrentIndex(0);
    } else if (const int index = row.label->findData(address.label); index >= 0) {
        row.label->setCurrentIndex(index);
    } else {
        row.label->setCurrentIndex(-1);
        row.label->setEditText(address.label);
    }
    row.givenLabel = fresh ? row.label->currentData().toString() : address.label;
    row.shownLabel = row.label->currentText();

    auto* remove = new QToolButton(row.frame);
    remove->setObjectName(QStringLiteral("removeAddressButton"));
    remove->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));
    remove->setText(tr("Remove"));
    remove->setToolButtonStyle(remove->icon().isNull() ? Qt::ToolButtonTextOnly : Qt::ToolButtonTextBesideIcon);
    remove->setToolTip(tr("Remove this address"));

    auto* top = new QHBoxLayout;
    top->addWidget(row.label);
    top->addStretch();
    top->addWidget(remove);
    grid->addLayout(top, 0, 0, 1, 4);

    auto addPart = [&](int gridRow, int column, const QString& caption, const QString& part, const QString& text,
                       int span = 1) {
        auto* edit = addPartEdit(row, part, text);
        auto* label = new QLabel(caption, row.frame);
        label->setBuddy(edit);
        grid->addWidget(label, gridRow, column);
        grid->addWidget(edit, gridRow, column + 1, 1, span);
        return edit;
    };
    row.street = addPart(1, 0, tr("Street:"), QStringLiteral("street"), address.street, 3);
    row.extended = addPart(2, 0, tr("Apt./suite:"), QStringLiteral("extended"), address.extended);
    row.poBox = addPart(2, 2, tr("PO box:"), QStringLiteral("poBox"), address.poBox);
    row.locality = addPart(3, 0, tr("City:"), QStringLiteral("locality"), address.locality);
    row.region = addPart(3, 2, tr("Region:"), QStringLiteral("region"), address.region);
    row.postalCode = addPart(4, 0, tr("Postal code:"), QStringLiteral("postalCode"), address.postalCode);
    row.country = addPart(4, 2, tr("Country:"), QStringLiteral("country"), address.country);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    m_rowsLayout->addWidget(row.frame);
    m_rows.append(row);

    connect(row.label, &QComboBox::currentTextChanged, this, &PostalAddressListEditor::changed);
    QFrame* frame = row.frame;
    connect(remove, &QToolButton::clicked, this, [this, frame] {
        removeRowFrame(frame);
        Q_EMIT changed();
    });
}

QLineEdit* PostalAddressListEditor::partEdit(int row, const QString& part) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return m_rows.at(row).frame->findChild<QLineEdit*>(part + QStringLiteral("Edit"));
}

QLineEdit* PostalAddressListEditor::addPartEdit(Row& row, const QString& part, const QString& text)
{
    auto* edit = new QLineEdit(text, row.frame);
    edit->setObjectName(part + QStringLiteral("Edit"));
    connect(edit, &QLineEdit::textChanged, this, &PostalAddressListEditor::changed);
    return edit;
}

QString PostalAddressListEditor::labelOf(const Row& row) const
{
    const QString text = row.label->currentText().trimmed();
    if (text == row.shownLabel)
        return row.givenLabel;
    for (const LabelPreset& preset : kLabelPresets) {
        if (tr(preset.text).compare(text, Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(preset.key);
    }
    return text;
}

void PostalAddressListEditor::removeRowFrame(QFrame* frame)
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).frame == frame) {
            m_rows.removeAt(i);
            break;
        }
    }
    m_rowsLayout->removeWidget(frame);
    frame->hide();
    frame->deleteLater();
    if (m_rows.isEmpty())
        addRow();
}

void PostalAddressListEditor::clearRows()
{
    for (const Row& row : std::as_const(m_rows)) {
        m_rowsLayout->removeWidget(row.frame);
        row.frame->hide();
        row.frame->deleteLater();
    }
    m_rows.clear();
}

} // namespace kith
