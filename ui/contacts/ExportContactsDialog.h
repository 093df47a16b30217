#pragma once

#include "io/ContactExporter.h"

#include <QDialog>
#include <QList>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace kith {

class ContactStore;
class TagStore;

// File > Export Contacts…: which contacts (the selection, everyone, or one tag), in which format (vCard 4.0,
// vCard 3.0 for older programs, CSV), into which file. Export runs the export page by page with a progress
// dialog that can cancel it; a failure is shown and the dialog stays open with nothing written.
class ExportContactsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportContactsDialog)

public:
    ExportContactsDialog(const ContactStore& contacts, const TagStore& tags, QList<qint64> selectedIds,
                         QWidget* parent = nullptr);

    // After a successful export (the dialog accepted): where and how many.
    QString exportedPath() const { return m_exportedPath; }
    int exportedCount() const { return m_exportedCount; }

    // The file name the dialog proposes for a scope and format, in `folder`.
    static QString defaultFileName(const QString& folder, ContactExporter::Scope::Kind scope, const QString& tag,
                                   ContactExporter::Format format, const QDate& today);

private:
    ContactExporter::Format format() const;
    ContactExporter::Scope scope() const;
    void browse();
    void updateProposedPath();
    void updateExportButton();
    void runExport();

    const ContactStore& m_contacts;
    QList<qint64> m_selectedIds;
    QString m_exportedPath;
    int m_exportedCount = 0;
    bool m_pathEdited = false;

    QRadioButton* m_selectionButton = nullptr;
    QRadioButton* m_allButton = nullptr;
    QRadioButton* m_tagButton = nullptr;
    QComboBox* m_tagCombo = nullptr;
    QComboBox* m_formatCombo = nullptr;
    QLabel* m_formatHint = nullptr;
    QLineEdit* m_pathEdit = nullptr;
    QPushButton* m_exportButton = nullptr;
};

} // namespace kith
