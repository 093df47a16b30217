#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QUndoStack;

namespace kith {

class ContactStore;
class RelationshipStore;
class RelationshipSuggester;
class SuggestedLinksModel;
struct RelationshipSuggestion;

// Network > Review Suggested Links…: every link Kith suggests (siblings through a shared parent, colleagues at
// the same organisation, people met at the same event), with why; confirm the selected ones (undoable) or reject them
// (not suggested again).
class SuggestedLinksDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SuggestedLinksDialog)

public:
    SuggestedLinksDialog(RelationshipSuggester& suggester, RelationshipStore& relationships, ContactStore& contacts,
                         QUndoStack& undoStack, QWidget* parent = nullptr);

    SuggestedLinksModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    // Something for the status bar: what the last Confirm or Reject did.
    QString lastMessage() const { return m_lastMessage; }

private:
    void reload();
    QList<RelationshipSuggestion> selected() const;
    void confirmSelected();
    void rejectSelected();
    void updateButtons();

    RelationshipSuggester& m_suggester;
    RelationshipStore& m_relationships;
    ContactStore& m_contacts;
    QUndoStack& m_undoStack;
    SuggestedLinksModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QLabel* m_summary = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_empty = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_confirmButton = nullptr;
    QPushButton* m_rejectButton = nullptr;
    QString m_lastMessage;
};

} // namespace kith
