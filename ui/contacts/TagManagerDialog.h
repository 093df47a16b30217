#pragma once

#include "domain/Tag.h"

#include <QDialog>
#include <QHash>
#include <QList>

#include <optional>

class QPushButton;
class QStandardItemModel;
class QTreeView;

namespace kith {

class TagStore;

// Lists every tag (categories first) with its colour and how many contacts carry it, and lets the
// user add, rename, recolour and delete tags. Follows the store: changes made elsewhere show at once.
class TagManagerDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagManagerDialog)

public:
    enum Column { NameColumn, KindColumn, UsageColumn, ColumnCount };
    enum Role { TagIdRole = Qt::UserRole + 1, ColorRole, IsCategoryRole, UsageRole };

    explicit TagManagerDialog(TagStore& tags, QWidget* parent = nullptr);

    // What the buttons do once the user has answered; also the seams for tests, since the colour
    // and name prompts are modal. Each shows the store's error and changes nothing on failure.
    bool addTag(const QString& name, const QString& color);
    bool renameTag(qint64 id, const QString& name);
    bool setTagColor(qint64 id, const QString& color);
    // Asks for confirmation first (through MessageBox), saying how many contacts lose the tag.
    bool deleteTag(qint64 id);

    qint64 currentTagId() const;
    bool selectTag(qint64 id);

private:
    void reload();
    void updateButtons();
    void promptAdd();
    void promptRename();
    void promptColor();
    std::optional<Tag> tag(qint64 id) const;
    int usage(qint64 id) const;
    QString suggestedColor() const;
    void showError(const QString& title, const QString& error);

    TagStore& m_store;
    QList<Tag> m_tags;
    QHash<qint64, int> m_usage;
    QStandardItemModel* m_model = nullptr;
    QTreeView* m_list = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_renameButton = nullptr;
    QPushButton* m_colorButton = nullptr;
    QPushButton* m_deleteButton = nullptr;
};

} // namespace kith
