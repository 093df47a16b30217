#include "contacts/TopicDialog.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kith {

namespace {

QString namePlaceholder(TopicKind kind)
{
    switch (kind) {
    case TopicKind::Expertise:
        return TopicDialog::tr("e.g. tax law, React, sourdough");
    case TopicKind::Interest:
        return TopicDialog::tr("e.g. climbing, jazz, chess");
    case TopicKind::Goal:
        return TopicDialog::tr("e.g. run a marathon, start a company");
    case TopicKind::Need:
        return TopicDialog::tr("e.g. a flat in Berlin, a new job");
    case TopicKind::Community:
        return TopicDialog::tr("e.g. r/woodworking, Rust Discord");
    }
    return {};
}

QString kindHint(TopicKind kind, const QString& name)
{
    switch (kind) {
    case TopicKind::Expertise:
        return TopicDialog::tr("What %1 can help others with: Who Can Help finds them first for it.").arg(name);
    case TopicKind::Interest:
        return TopicDialog::tr("What %1 enjoys or cares about.").arg(name);
    case TopicKind::Goal:
        return TopicDialog::tr("What %1 is working towards.").arg(name);
    case TopicKind::Need:
        return TopicDialog::tr("What %1 is looking for: someone in your network may help.").arg(name);
    case TopicKind::Community:
        return TopicDialog::tr("An online group, forum or community %1 is part of.").arg(name);
    }
    return {};
}

} // namespace

TopicDialog::TopicDialog(const QString& contactName, qint64 contactId, const QStringList& names,
                         const QList<ContactTopic>& existing, QWidget* parent)
    : QDialog(parent)
    , m_contactId(contactId)
    , m_contactName(contactName)
    , m_names(names)
    , m_existing(existing)
{
    setObjectName(QStringLiteral("topicDialog"));
    setWindowTitle(tr("Add Topic"));

    m_kindCombo = new QComboBox(this);
    m_kindCombo->setObjectName(QStringLiteral("topicKindCombo"));
    for (TopicKind kind : allTopicKinds())
        m_kindCombo->addItem(topicKindLabel(kind), int(kind));
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, &TopicDialog::updateState);

    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("topicNameEdit"));
    m_nameEdit->setToolTip(tr("A topic already in use is completed, so that contacts share one entry"));
    auto* completer = new QCompleter(names, m_nameEdit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_nameEdit->setCompleter(completer);
    connect(m_nameEdit, &QLineEdit::textChanged, this, &TopicDialog::updateState);

    m_detailEdit = new QLineEdit(this);
    m_detailEdit->setObjectName(QStringLiteral("topicDetailEdit"));
    m_detailEdit->setPlaceholderText(tr("Optional: their own words, e.g. “did my tax return in 2024”"));

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("topicHintLabel"));
    m_hint->setWordWrap(true);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("topicProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #c0392b; }"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kindCombo);
    form->addRow(tr("&Topic:"), m_nameEdit);
    form->addRow(tr("&Detail:"), m_detailEdit);

    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("A topic for <b>%1</b>.").arg(contactName.toHtmlEscaped()), this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(m_buttons);

    resize(460, sizeHint().height());
    updateState();
}

void TopicDialog::setKind(TopicKind kind)
{
    m_kindCombo->setCurrentIndex(m_kindCombo->findData(int(kind)));
}

ContactTopic TopicDialog::topic() const
{
    ContactTopic t;
    t.contactId = m_contactId;
    t.kind = TopicKind(m_kindCombo->currentData().toInt());
    t.name = m_nameEdit->text().simplified();
    // The shared entry's spelling, when the name is one already in use.
    for (const QString& name : m_names) {
        if (name.compare(t.name, Qt::CaseInsensitive) == 0)
            t.name = name;
    }
    t.detail = m_detailEdit->text().trimmed();
    return t;
}

void TopicDialog::updateState()
{
    const TopicKind kind = TopicKind(m_kindCombo->currentData().toInt());
    m_nameEdit->setPlaceholderText(namePlaceholder(kind));
    const QString name = m_nameEdit->text().simplified();
    QString hint = kindHint(kind, m_contactName);
    QString problem;
    for (const ContactTopic& t : std::as_const(m_existing)) {
        if (t.kind == kind && t.name.compare(name, Qt::CaseInsensitive) == 0)
            problem = tr("%1 already has “%2” under %3.").arg(m_contactName, t.name, topicKindLabel(kind));
    }
    if (problem.isEmpty() && !name.isEmpty()) {
        for (const QString& known : std::as_const(m_names)) {
            if (known.compare(name, Qt::CaseInsensitive) == 0) {
                hint += QLatin1Char(' ') + tr("“%1” is already a topic: %2 will share it.").arg(known, m_contactName);
                break;
            }
        }
    }
    m_hint->setText(hint);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!name.isEmpty() && problem.isEmpty());
}

} // namespace kith
