#include "contacts/ContactTopicsPanel.h"

#include "contacts/TopicCommand.h"
#include "contacts/TopicDialog.h"
#include "storage/ContactStore.h"
#include "storage/TopicStore.h"
#include "widgets/MessageBox.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <optional>

namespace kith {

namespace {

void makeMuted(QWidget* widget)
{
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::Disabled, QPalette::WindowText));
    widget->setPalette(palette);
}

} // namespace

ContactTopicsPanel::ContactTopicsPanel(TopicStore& topics, ContactStore& contacts, QUndoStack& undoStack,
                                       QWidget* parent)
    : QWidget(parent)
    , m_topicStore(topics)
    , m_contacts(contacts)
    , m_undoStack(undoStack)
{
    setObjectName(QStringLiteral("contactTopicsPanel"));

    m_title = new QLabel(tr("Topics"), this);
    m_title->setObjectName(QStringLiteral("topicsTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_title->setFont(titleFont);
    m_addButton = new QPushButton(tr("Add Topic…"), this);
    m_addButton->setObjectName(QStringLiteral("addTopicButton"));
    m_addButton->setToolTip(
        tr("What they can help with, their interests and goals, what they are looking for, their communities"));
    m_addButton->setFlat(true);
    connect(m_addButton, &QPushButton::clicked, this, &ContactTopicsPanel::addTopic);
    auto* header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_title);
    header->addStretch();
    header->addWidget(m_addButton);

    m_rows = new QWidget(this);
    m_rows->setObjectName(QStringLiteral("topicRows"));
    m_grid = new QGridLayout(m_rows);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(8);
    m_grid->setVerticalSpacing(0);
    m_grid->setColumnStretch(1, 1);

    m_empty = new QLabel(tr("No topics yet. Add what they can help with, or what they are looking for."), this);
    m_empty->setObjectName(QStringLiteral("topicsEmptyLabel"));
    m_empty->setWordWrap(true);
    makeMuted(m_empty);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addWidget(m_rows);
    layout->addWidget(m_empty);

    connect(&m_topicStore, &TopicStore::topicsChanged, this, [this](const QList<qint64>& ids) {
        if (m_contactId != 0 && ids.contains(m_contactId))
            reload();
    });
}

QString ContactTopicsPanel::groupLabel(TopicKind kind)
{
    switch (kind) {
    case TopicKind::Expertise:
        return tr("Can help with");
    case TopicKind::Interest:
        return tr("Interests");
    case TopicKind::Goal:
        return tr("Goals");
    case TopicKind::Need:
        return tr("Looking for");
    case TopicKind::Community:
        return tr("Communities");
    }
    return {};
}

void ContactTopicsPanel::showContact(qint64 contactId)
{
    m_contactId = contactId;
    reload();
}

void ContactTopicsPanel::reload()
{
    m_topics.clear();
    m_contactName.clear();
    if (m_contactId != 0) {
        if (auto contact = m_contacts.get(m_contactId))
            m_contactName = contact->effectiveName();
        if (auto topics = m_topicStore.forContact(m_contactId))
            m_topics = *topics;
    }
    fill();
}

void ContactTopicsPanel::fill()
{
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int row = 0;
    std::optional<TopicKind> group;
    for (const ContactTopic& topic : std::as_const(m_topics)) {
        if (group != topic.kind) {
            group = topic.kind;
            auto* heading = new QLabel(groupLabel(topic.kind), m_rows);
            heading->setObjectName(QStringLiteral("topicGroupLabel"));
            makeMuted(heading);
            m_grid->addWidget(heading, row, 0, Qt::AlignRight | Qt::AlignTop);
        }
        QString html = QStringLiteral("<a href=\"%1\">%2</a>").arg(QString::number(row), topic.name.toHtmlEscaped());
        if (!topic.detail.isEmpty())
            html += QStringLiteral(" <span style=\"color:%1\">— %2</span>")
                        .arg(palette().color(QPalette::Disabled, QPalette::WindowText).name(),
                             topic.detail.toHtmlEscaped());
        auto* text = new QLabel(html, m_rows);
        text->setObjectName(QStringLiteral("topicLabel"));
        text->setTextFormat(Qt::RichText);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
        text->setToolTip(tr("Who else can help with “%1”?").arg(topic.name));
        const QString name = topic.name;
        connect(text, &QLabel::linkActivated, this, [this, name] { Q_EMIT topicActivated(name); });
        auto* remove = new QToolButton(m_rows);
        remove->setObjectName(QStringLiteral("removeTopicButton"));
        remove->setText(QStringLiteral("✕"));
        remove->setAutoRaise(true);
        remove->setToolTip(tr("Remove this topic (Undo brings it back)"));
        remove->setAccessibleName(tr("Remove “%1”").arg(topic.name));
        // Queued: removing rebuilds these rows, and so deletes the button that was clicked.
        connect(
            remove, &QToolButton::clicked, this, [this, topic] { removeTopic(topic); }, Qt::QueuedConnection);
        m_grid->addWidget(text, row, 1);
        m_grid->addWidget(remove, row, 2);
        ++row;
    }
    m_title->setText(m_topics.isEmpty() ? tr("Topics") : tr("Topics (%Ln)", nullptr, int(m_topics.size())));
    m_rows->setVisible(!m_topics.isEmpty());
    m_empty->setVisible(m_topics.isEmpty());
    m_addButton->setEnabled(m_contactId != 0);
}

QStringList ContactTopicsPanel::topicTexts() const
{
    QStringList texts;
    for (const ContactTopic& topic : m_topics)
        texts << tr("%1: %2").arg(groupLabel(topic.kind), topic.name);
    return texts;
}

void ContactTopicsPanel::addTopic()
{
    if (m_contactId == 0)
        return;
    QStringList names;
    if (auto all = m_topicStore.all()) {
        for (const Topic& topic : std::as_const(*all))
            names << topic.name;
    }
    TopicDialog dialog(m_contactName, m_contactId, names, m_topics, window());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ContactTopic topic = dialog.topic();
    if (Status status = m_topicStore.add(topic); !status) {
        MessageBox::warning(window(), tr("Cannot Add Topic"), status.error());
        return;
    }
    m_undoStack.push(new TopicCommand(m_topicStore, m_contacts, TopicCommand::Direction::Add, topic, window()));
    Q_EMIT message(tr("Added “%1” to %2.").arg(topic.name, m_contactName));
}

void ContactTopicsPanel::removeTopic(const ContactTopic& topic)
{
    if (Status status = m_topicStore.remove(topic.contactId, topic.kind, topic.name); !status) {
        MessageBox::warning(window(), tr("Cannot Remove Topic"), status.error());
        return;
    }
    m_undoStack.push(new TopicCommand(m_topicStore, m_contacts, TopicCommand::Direction::Remove, topic, window()));
    Q_EMIT message(tr("Removed “%1” from %2. Undo brings it back.").arg(topic.name, m_contactName));
}

} // namespace kith
