#pragma once

#include "domain/LabeledValue.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace kith {

// Edits any number of (label, value) rows: the emails, phones, URLs or social profiles of a contact.
// Always shows at least one row, so that the user can type straight away; rows without a value are
// left out of values().
class LabeledValueListEditor final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LabeledValueListEditor)

public:
    // A preset is a stored label (the key, "work") with the text the user sees (tr("Work")).
    struct Preset {
        QString key;
        QString text;
    };

    LabeledValueListEditor(QList<Preset> presets, QString valuePlaceholder, QString addButtonText,
                           QWidget* parent = nullptr);

    void setValues(const QList<LabeledValue>& values);
    QList<LabeledValue> values() const;

    int rowCount() const;
    void addRow(const LabeledValue& value = {});
    void removeRow(int row);
    // The widgets of one row, for focus handling and for tests.
    QLineEdit* valueEdit(int row) const;
    QComboBox* labelCombo(int row) const;

Q_SIGNALS:
    void changed();

private:
    struct Row {
        QWidget* container = nullptr;
        QComboBox* label = nullptr;
        QLineEdit* value = nullptr;
        // The label as given to setValues() and as shown, so that an untouched label reads back unchanged.
        QString givenLabel;
        QString shownLabel;
    };

    void setLabel(Row& row, const QString& label) const;
    QString labelOf(const Row& row) const;
    void removeRowWidget(QWidget* container);
    void clearRows();

    QList<Preset> m_presets;
    QString m_valuePlaceholder;
    QList<Row> m_rows;
    QVBoxLayout* m_rowsLayout = nullptr;
    QPushButton* m_addButton = nullptr;
};

} // namespace kith
