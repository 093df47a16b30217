#pragma once

#include "domain/PostalAddress.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QFrame;
class QLineEdit;
class QVBoxLayout;

namespace kith {

// Edits any number of postal addresses, each with a label and vCard's address parts.
// Always shows at least one (possibly blank) address; blank ones are left out of addresses().
class PostalAddressListEditor final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostalAddressListEditor)

public:
    explicit PostalAddressListEditor(QWidget* parent = nullptr);

    void setAddresses(const QList<PostalAddress>& addresses);
    QList<PostalAddress> addresses() const;

    int rowCount() const;
    void addRow(const PostalAddress& address = {});
    // The editor of one part ("street", "locality", ...) of one address, for tests and focus.
    QLineEdit* partEdit(int row, const QString& part) const;

Q_SIGNALS:
    void changed();

private:
    struct Row {
        QFrame* frame = nullptr;
        QComboBox* label = nullptr;
        QLineEdit* street = nullptr;
        QLineEdit* extended = nullptr;
        QLineEdit* poBox = nullptr;
        QLineEdit* locality = nullptr;
        QLineEdit* region = nullptr;
        QLineEdit* postalCode = nullptr;
        QLineEdit* country = nullptr;
        QString givenLabel;
        QString shownLabel;
    };

    QLineEdit* addPartEdit(Row& row, const QString& part, const QString& text);
    QString labelOf(const Row& row) const;
    void removeRowFrame(QFrame* frame);
    void clearRows();

    QList<Row> m_rows;
    QVBoxLayout* m_rowsLayout = nullptr;
};

} // namespace kith
