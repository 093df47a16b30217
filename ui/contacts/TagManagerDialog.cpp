#include "contacts/TagManagerDialog.h"

#include "storage/TagStore.h"
#include "widgets/MessageBox.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

namespace kith {

namespace {

// Offered in turn for new tags: distinct from one another and readable under white or black text.
constexpr std::array<const char*, 10> kPalette = {"#3a7bd5", "#e67e22", "#27ae60", "#8e44ad", "#c0392b",
                                                  "#16a085", "#d4ac0d", "#2c3e50", "#e84393", "#7f8c8d"};

QIcon swatch(const QColor& color, qreal devicePixelRatio)
{
    constexpr int size = 14;
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    // A darker rim keeps pale colours visible on a white list.
    painter.setPen(QPen(color.darker(140), 1));
    painter.setBrush(color);
    painter.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), 3, 3);
    painter.end();
    // The same pixmap when selected: the style's selection tint would misstate the colour.
    QIcon icon;
    icon.addPixmap(pixmap, QIcon::Normal);
    icon.addPixmap(pixmap, QIcon::Selected);
    return icon;
}

} // namespace

TagManagerDialog::TagManagerDialog(TagStore& tags, QWidget* parent)
    : QDialog(parent)
    , m_store(tags)
{
    setObjectName(QStringLiteral("tagManagerDialog"));
    setWindowTitle(tr("Manage Tags"));

    auto* intro = new QLabel(tr("Tags group your contacts; categories are the ones Kith starts with. A tag's colour "
                                "shows wherever the tag does."),
                             this);
    intro->setWordWrap(true);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("Tag"), tr("Kind"), tr("Contacts")});
    m_model->horizontalHeaderItem(UsageColumn)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_list = new QTreeView(this);
    m_list->setObjectName(QStringLiteral("tagList"));
    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setToolTip(tr("Double-click a tag to rename it"));
    QHeaderView* header = m_list->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(UsageColumn, QHeaderView::ResizeToContents);
    header->setSectionsMovable(false);

    auto makeButton = [this](const QString& text, const char* objectName, const QString& toolTip) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(QString::fromLatin1(objectName));
        button->setToolTip(toolTip);
        button->setAutoDefault(false);
        return button;
    };
    m_addButton = makeButton(tr("&Add…"), "addTagButton", tr("Create a new tag with a name and a colour"));
    m_renameButton =
        makeButton(tr("&Rename…"), "renameTagButton", tr("Give the selected tag another name; its contacts keep it"));
    m_colorButton = makeButton(tr("C&olour…"), "colourTagButton", tr("Choose another colour for the selected tag"));
    m_deleteButton =
        makeButton(tr("&Delete…"), "deleteTagButton", tr("Delete the selected tag and take it off every contact"));
    connect(m_addButton, &QPushButton::clicked, this, &TagManagerDialog::promptAdd);
    connect(m_renameButton, &QPushButton::clicked, this, &TagManagerDialog::promptRename);
    connect(m_colorButton, &QPushButton::clicked, this, &TagManagerDialog::promptColor);
    connect(m_deleteButton, &QPushButton::clicked, this, [this] { deleteTag(currentTagId()); });
    connect(m_list, &QTreeView::doubleClicked, this, &TagManagerDialog::promptRename);

    auto* buttonColumn = new QVBoxLayout;
    buttonColumn->addWidget(m_addButton);
    buttonColumn->addWidget(m_renameButton);
    buttonColumn->addWidget(m_colorButton);
    buttonColumn->addSpacing(12);
    buttonColumn->addWidget(m_deleteButton);
    buttonColumn->addStretch();

    auto* row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttonColumn);

    auto* box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    box->setObjectName(QStringLiteral("buttonBox"));
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row, 1);
    layout->addWidget(box);

    connect(&m_store, &TagStore::tagsChanged, this, &TagManagerDialog::reload);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TagManagerDialog::updateButtons);
    reload();
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0, NameColumn));
    updateButtons();
    resize(QSize(540, 560).expandedTo(sizeHint()));
}

void TagManagerDialog::reload()
{
    const qint64 current = currentTagId();
    auto all = m_store.all();
    auto usage = m_store.usageCounts();
    m_tags = all ? *all : QList<Tag>();
    m_usage = usage ? *usage : QHash<qint64, int>();

    m_model->removeRows(0, m_model->rowCount());
    const qreal ratio = devicePixelRatioF();
    QFont categoryFont = m_list->font();
    categoryFont.setBold(true);
    // A little air between rows, as in the contacts table, so that the swatches do not touch.
    const QSize rowSize(-1, qMax(m_list->fontMetrics().height(), m_list->iconSize().height()) + 8);
    for (const Tag& tag : std::as_const(m_tags)) {
        const QColor color = QColor::fromString(tag.color);
        const int count = m_usage.value(tag.id);
        auto* name = new QStandardItem(swatch(color, ratio), tag.name);
        name->setData(tag.id, TagIdRole);
        name->setData(tag.color, ColorRole);
        name->setData(tag.isCategory, IsCategoryRole);
        name->setData(count, UsageRole);
        name->setSizeHint(rowSize);
        name->setToolTip(tr("%1, colour %2").arg(tag.name, tag.color));
        auto* kind = new QStandardItem(tag.isCategory ? tr("Category") : tr("Tag"));
        auto* used = new QStandardItem(QLocale().toString(count));
        used->setData(count, UsageRole);
        used->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        used->setToolTip(tr("%n contact(s) carry this tag", nullptr, count));
        for (QStandardItem* item : {name, kind, used}) {
            item->setEditable(false);
            if (tag.isCategory)
                item->setFont(categoryFont);
        }
        m_model->appendRow({name, kind, used});
    }
    if (current != 0 && !selectTag(current) && m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0, NameColumn));
    updateButtons();
}

void TagManagerDialog::updateButtons()
{
    const bool selected = currentTagId() != 0;
    m_renameButton->setEnabled(selected);
    m_colorButton->setEnabled(selected);
    m_deleteButton->setEnabled(selected);
}

qint64 TagManagerDialog::currentTagId() const
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return 0;
    return m_model->index(current.row(), NameColumn).data(TagIdRole).toLongLong();
}

bool TagManagerDialog::selectTag(qint64 id)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, NameColumn);
        if (index.data(TagIdRole).toLongLong() == id) {
            m_list->setCurrentIndex(index);
            m_list->scrollTo(index);
            return true;
        }
    }
    return false;
}

std::optional<Tag> TagManagerDialog::tag(qint64 id) const
{
    const auto found = std::find_if(m_tags.cbegin(), m_tags.cend(), [id](const Tag& tag) { return tag.id == id; });
    if (found == m_tags.cend())
        return std::nullopt;
    return *found;
}

int TagManagerDialog::usage(qint64 id) const
{
    return m_usage.value(id);
}

QString TagManagerDialog::suggestedColor() const
{
    for (const char* color : kPalette) {
        const QString name = QString::fromLatin1(color);
        const bool used = std::any_of(m_tags.cbegin(), m_tags.cend(), [&name](const Tag& tag) {
            return tag.color.compare(name, Qt::CaseInsensitive) == 0;
        });
        if (!used)
            return name;
    }
    return QString::fromLatin1(kPalette.at(m_tags.size() % kPalette.size()));
}

void TagManagerDialog::showError(const QString& title, const QString& error)
{
    MessageBox::warning(this, title, error);
}

bool TagManagerDialog::addTag(const QString& name, const QString& color)
{
    auto id = m_store.add(Tag{0, name, color, false});
    if (!id) {
        showError(tr("Cannot Add Tag"), id.error());
        return false;
    }
    selectTag(*id); // the store's signal has already listed it
    return true;
}

bool TagManagerDialog::renameTag(qint64 id, const QString& name)
{
    std::optional<Tag> changed = tag(id);
    if (!changed)
        return false;
    changed->name = name;
    if (Status status = m_store.update(*changed); !status) {
        showError(tr("Cannot Rename Tag"), status.error());
        return false;
    }
    selectTag(id);
    return true;
}

bool TagManagerDialog::setTagColor(qint64 id, const QString& color)
{
    std::optional<Tag> changed = tag(id);
    if (!changed)
        return false;
    changed->color = color;
    if (Status status = m_store.update(*changed); !status) {
        showError(tr("Cannot Change Colour"), status.error());
        return false;
    }
    selectTag(id);
    return true;
}

bool TagManagerDialog::deleteTag(qint64 id)
{
    const std::optional<Tag> doomed = tag(id);
    if (!doomed)
        return false;
    const int count = usage(id);
    QString text = count > 0 ? tr("Delete the tag “%1”? %n contact(s) will lose it.", nullptr, count).arg(doomed->name)
                             : tr("Delete the tag “%1”? No contact carries it.").arg(doomed->name);
    if (doomed->isCategory) {
        text += QStringLiteral("\n\n") +
                tr("“%1” is one of the categories Kith starts with. A tag of that name can be added again, but "
                   "not as a category.")
                    .arg(doomed->name);
    }
    text += QStringLiteral("\n\n") + tr("This cannot be undone.");
    if (MessageBox::question(this, tr("Delete Tag"), text) != QMessageBox::Yes)
        return false;
    const int row = m_list->currentIndex().row();
    if (Status status = m_store.remove(id); !status) {
        showError(tr("Cannot Delete Tag"), status.error());
        return false;
    }
    // Keep the selection near where it was, so that several tags can be deleted in a row.
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(std::clamp(row, 0, m_model->rowCount() - 1), NameColumn));
    return true;
}

void TagManagerDialog::promptAdd()
{
    QDialog prompt(this);
    prompt.setObjectName(QStringLiteral("addTagPrompt"));
    prompt.setWindowTitle(tr("Add Tag"));

    auto* name = new QLineEdit(&prompt);
    name->setObjectName(QStringLiteral("tagNameEdit"));
    name->setPlaceholderText(tr("e.g. climbing"));
    QColor color = QColor::fromString(suggestedColor());
    auto* colorButton = new QPushButton(&prompt);
    colorButton->setObjectName(QStringLiteral("tagColorButton"));
    colorButton->setToolTip(tr("Choose the tag's colour"));
    colorButton->setAutoDefault(false);
    auto showColor = [this, colorButton, &color] {
        colorButton->setIcon(swatch(color, devicePixelRatioF()));
        colorButton->setText(color.name());
    };
    showColor();
    connect(colorButton, &QPushButton::clicked, &prompt, [&prompt, &color, &showColor] {
        const QColor chosen = QColorDialog::getColor(color, &prompt, tr("Tag Colour"));
        if (chosen.isValid()) {
            color = chosen;
            showColor();
        }
    });

    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &prompt);
    box->setObjectName(QStringLiteral("buttonBox"));
    box->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    box->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(name, &QLineEdit::textChanged, box,
            [box](const QString& text) { box->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty()); });
    connect(box, &QDialogButtonBox::accepted, &prompt, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &prompt, &QDialog::reject);

    auto* form = new QFormLayout(&prompt);
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Colour:"), colorButton);
    form->addRow(box);
    prompt.setMinimumWidth(320);

    if (prompt.exec() == QDialog::Accepted)
        addTag(name->text(), color.name());
}

void TagManagerDialog::promptRename()
{
    const std::optional<Tag> current = tag(currentTagId());
    if (!current)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Tag"), tr("New name for “%1”:").arg(current->name),
                                               QLineEdit::Normal, current->name, &ok);
    if (ok && name.trimmed() != current->name)
        renameTag(current->id, name);
}

void TagManagerDialog::promptColor()
{
    const std::optional<Tag> current = tag(currentTagId());
    if (!current)
        return;
    const QColor chosen =
        QColorDialog::getColor(QColor::fromString(current->color), this, tr("Colour of “%1”").arg(current->name));
    if (chosen.isValid() && chosen.name().compare(current->color, Qt::CaseInsensitive) != 0)
        setTagColor(current->id, chosen.name());
}

} // namespace kith
