#include "widgets/LabeledValueListEditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace kith {

LabeledValueListEditor::LabeledValueListEditor(QList<Preset> presets, QString valuePlaceholder, QString addButtonText,
                                               QWidget* parent)
    : QWidget(parent)
    , m_presets(std::move(presets))
    , m_valuePlaceholder(std::move(valuePlaceholder))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout = new QVBoxLayout;
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_rowsLayout);

    m_addButton = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), addButtonText, this);
    m_addButton->setObjectName(QStringLiteral("addRowButton"));
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_addButton);
    buttonRow->addStretch();
    layout->addLayout(buttonRow);

    connect(m_addButton, &QPushButton::clicked, this, [this] {
        addRow();
        m_rows.last().value->setFocus();
        Q_EMIT changed();
    });
    addRow();
}

void LabeledValueListEditor::setValues(const QList<LabeledValue>& values)
{
    clearRows();
    for (const LabeledValue& value : values)
        addRow(value);
    if (m_rows.isEmpty())
        addRow();
    Q_EMIT changed();
}

QList<LabeledValue> LabeledValueListEditor::values() const
{
    QList<LabeledValue> result;
    for (const Row& row : m_rows) {
        const QString value = row.value->text().trimmed();
        if (!value.isEmpty())
            result.append({labelOf(row), value});
    }
    return result;
}

int LabeledValueListEditor::rowCount() const
{
    return static_cast<int>(m_rows.size());
}

void LabeledValueListEditor::addRow(const LabeledValue& value)
{
    Row row;
    row.container = new QWidget(this);
    auto* layout = new QHBoxLayout(row.container);
    layout->setContentsMargins(0, 0, 0, 0);

    row.label = new QComboBox(row.container);
    row.label->setObjectName(QStringLiteral("labelCombo"));
    row.label->setEditable(true);
    row.label->setInsertPolicy(QComboBox::NoInsert);
    row.label->setToolTip(tr("Choose a label or type your own"));
    for (const Preset& preset : m_presets)
        row.label->addItem(preset.text, preset.key);
    row.label->setMinimumContentsLength(10);
    row.label->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    row.label->lineEdit()->setPlaceholderText(tr("Label"));

    row.value = new QLineEdit(value.value, row.container);
    row.value->setObjectName(QStringLiteral("valueEdit"));
    row.value->setPlaceholderText(m_valuePlaceholder);
    row.value->setClearButtonEnabled(true);
    setLabel(row, value.label);

    auto* remove = new QToolButton(row.container);
    remove->setObjectName(QStringLiteral("removeRowButton"));
    remove->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));
    if (remove->icon().isNull())
        remove->setText(QStringLiteral("\u2212"));
    remove->setToolTip(tr("Remove this entry"));
    remove->setAccessibleName(tr("Remove"));

    layout->addWidget(row.label);
    layout->addWidget(row.value, 1);
    layout->addWidget(remove);
    m_rowsLayout->addWidget(row.container);
    m_rows.append(row);

    connect(row.label, &QComboBox::currentTextChanged, this, &LabeledValueListEditor::changed);
    connect(row.value, &QLineEdit::textChanged, this, &LabeledValueListEditor::changed);
    QWidget* container = row.container;
    connect(remove, &QToolButton::clicked, this, [this, container] {
        removeRowWidget(container);
        Q_EMIT changed();
    });
}

void LabeledValueListEditor::removeRow(int row)
{
    if (row >= 0 && row < rowCount()) {
        removeRowWidget(m_rows.at(row).container);
        Q_EMIT changed();
    }
}

QLineEdit* LabeledValueListEditor::valueEdit(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows.at(row).value : nullptr;
}

QComboBox* LabeledValueListEditor::labelCombo(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows.at(row).label : nullptr;
}

void LabeledValueListEditor::setLabel(Row& row, const QString& label) const
{
    const bool freshRow = label.isEmpty() && row.value->text().isEmpty();
    if (freshRow) {
        row.label->setCurrentIndex(0);
    } else if (const int index = row.label->findData(label); index >= 0) {
        row.label->setCurrentIndex(index);
    } else {
        row.label->setCurrentIndex(-1);
        row.label->setEditText(label);
    }
    row.givenLabel = freshRow ? row.label->currentData().toString() : label;
    row.shownLabel = row.label->currentText();
}

QString LabeledValueListEditor::labelOf(const Row& row) const
{
    const QString text = row.label->currentText().trimmed();
    if (text == row.shownLabel)
        return row.givenLabel;
    // A preset shown in the user's language is stored by its key, so that labels stay comparable.
    for (const Preset& preset : m_presets) {
        if (preset.text.compare(text, Qt::CaseInsensitive) == 0)
            return preset.key;
    }
    return text;
}

void LabeledValueListEditor::removeRowWidget(QWidget* container)
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).container == container) {
            m_rows.removeAt(i);
            break;
        }
    }
    m_rowsLayout->removeWidget(container);
    container->hide();
    container->deleteLater();
    if (m_rows.isEmpty())
        addRow();
}

void LabeledValueListEditor::clearRows()
{
    for (const Row& row : std::as_const(m_rows)) {
        m_rowsLayout->removeWidget(row.container);
        row.container->hide();
        row.container->deleteLater();
    }
    m_rows.clear();
}

} // namespace kith
