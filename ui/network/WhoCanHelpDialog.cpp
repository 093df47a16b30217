#include "network/WhoCanHelpDialog.h"

#include "network/WhoCanHelp.h"
#include "network/WhoCanHelpDelegate.h"
#include "network/WhoCanHelpModel.h"
#include "settings/Settings.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace kith {

namespace {

// Long enough that a word typed at speed is searched once, short enough to feel immediate.
constexpr int kDebounceMs = 250;
constexpr int kMaxResults = 50;

} // namespace

WhoCanHelpDialog::WhoCanHelpDialog(Database& database, const Clock& clock, Settings& settings, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_clock(clock)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("whoCanHelpDialog"));
    setWindowTitle(tr("Who Can Help"));

    auto* intro = new QLabel(tr("Who in your network can help with…"), this);
    QFont introFont = intro->font();
    introFont.setBold(true);
    introFont.setPointSizeF(introFont.pointSizeF() * 1.15);
    intro->setFont(introFont);

    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("whoCanHelpSearchEdit"));
    m_searchEdit->setPlaceholderText(tr("e.g. tax law, a flat in Berlin, React, fundraising"));
    m_searchEdit->setToolTip(tr("Searches what people can help with, their topics, their work, your notes on them "
                                "and your interactions"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->addAction(QIcon::fromTheme(QStringLiteral("edit-find"), QIcon(QStringLiteral(":/icons/search.svg"))),
                            QLineEdit::LeadingPosition);
    m_searchEdit->installEventFilter(this);
    intro->setBuddy(m_searchEdit);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_searchEdit, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &WhoCanHelpDialog::runSearch);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("whoCanHelpSummaryLabel"));
    m_summary->setWordWrap(true);

    m_model = new WhoCanHelpModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("whoCanHelpTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new WhoCanHelpDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(WhoCanHelpModel::Reason, QHeaderView::Stretch);
    header->setSectionResizeMode(WhoCanHelpModel::HowYouKnow, QHeaderView::Stretch);
    const QFontMetrics metrics = m_table->fontMetrics();
    header->resizeSection(WhoCanHelpModel::Name,
                          metrics.horizontalAdvance(QStringLiteral("Alexandra Fitzgerald")) + 24);
    header->resizeSection(
        WhoCanHelpModel::Strength,
        qMax(metrics.horizontalAdvance(m_model->headerData(WhoCanHelpModel::Strength, Qt::Horizontal).toString()),
             metrics.horizontalAdvance(QStringLiteral("never in touch"))) +
            40);
    connect(m_table, &QTableView::activated, this, &WhoCanHelpDialog::activate);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &WhoCanHelpDialog::updateDetail);

    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(QStringLiteral("whoCanHelpEmptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setMargin(24);
    m_emptyLabel->setEnabled(false); // muted, as the detail pane's placeholder

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_emptyLabel);
    m_stack->addWidget(m_table);

    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("whoCanHelpDetailLabel"));
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setMinimumHeight(m_detail->fontMetrics().height() * 3);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    auto* open = buttons->addButton(tr("&Open Contact"), QDialogButtonBox::ActionRole);
    open->setObjectName(QStringLiteral("openContactButton"));
    open->setToolTip(tr("Show the selected person in the contacts table (Enter)"));
    open->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(open, &QPushButton::clicked, this, [this] { activate(m_table->currentIndex()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, open,
            [this, open] { open->setEnabled(m_table->currentIndex().isValid()); });
    open->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_searchEdit);
    layout->addWidget(m_summary);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_detail);
    layout->addWidget(buttons);

    setTabOrder(m_searchEdit, m_table);
    setTabOrder(m_table, open);
    resize(980, 560);

    // The last search, ready again.
    const QString last = m_settings.value(Settings::Key::WhoCanHelpQuery).toString();
    m_searchEdit->setText(last);
    m_searchEdit->selectAll();
    m_debounce->stop();
    runSearch();
}

QString WhoCanHelpDialog::query() const
{
    return m_searchEdit->text();
}

void WhoCanHelpDialog::search(const QString& text)
{
    m_searchEdit->setText(text);
    m_debounce->stop();
    runSearch();
}

void WhoCanHelpDialog::runSearch()
{
    const QString text = m_searchEdit->text().simplified();
    if (text == m_lastSearched && m_model->rowCount() > 0)
        return;
    m_lastSearched = text;
    m_settings.setValue(Settings::Key::WhoCanHelpQuery, text);
    if (text.isEmpty()) {
        m_model->setMatches({});
        m_summary->clear();
        m_summary->hide();
        m_emptyLabel->setText(tr("Type what you need help with: a skill, a topic, a company, a place.\n\nKith looks "
                                 "at what people can help with first, then their other topics, their work, your "
                                 "notes on them and what you talked about."));
        m_stack->setCurrentWidget(m_emptyLabel);
        updateDetail();
        return;
    }
    const WhoCanHelp whoCanHelp(m_database, m_clock);
    auto found = whoCanHelp.search(text, kMaxResults);
    m_summary->show();
    if (!found) {
        m_model->setMatches({});
        m_summary->clear();
        m_summary->hide();
        m_emptyLabel->setText(found.error());
        m_stack->setCurrentWidget(m_emptyLabel);
        updateDetail();
        return;
    }
    m_model->setMatches(*found);
    if (found->isEmpty()) {
        m_summary->hide();
        m_emptyLabel->setText(tr("No one in your network matches “%1”.\n\nTry fewer words, another word for it, or "
                                 "add what people can help with in their Topics.")
                                  .arg(text));
        m_stack->setCurrentWidget(m_emptyLabel);
        updateDetail();
        return;
    }
    m_summary->setText(
        found->size() >= kMaxResults
            ? tr("The best %n matches for “%1”, best first. Enter opens the contact.", nullptr, int(found->size()))
                  .arg(text)
            : tr("%n match(es) for “%1”, best first. Enter opens the contact.", nullptr, int(found->size())).arg(text));
    m_stack->setCurrentWidget(m_table);
    m_table->setCurrentIndex(m_model->index(0, 0));
    updateDetail();
}

void WhoCanHelpDialog::updateDetail()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || m_stack->currentWidget() != m_table) {
        m_detail->clear();
        return;
    }
    const HelpMatch& m = m_model->matches().at(current.row());
    m_detail->setText(
        QStringLiteral("<b>%1</b> — %2<br>%3")
            .arg(m.name.toHtmlEscaped(), WhoCanHelpModel::highlighted(m.reason), m.howYouKnow.toHtmlEscaped()));
}

void WhoCanHelpDialog::activate(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    const qint64 id = index.data(WhoCanHelpModel::ContactIdRole).toLongLong();
    if (id <= 0)
        return;
    Q_EMIT contactActivated(id);
    accept();
}

bool WhoCanHelpDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_searchEdit && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Up:
        case Qt::Key_PageDown:
        case Qt::Key_PageUp:
            // Arrows move through the results while the words stay editable.
            if (m_model->rowCount() > 0) {
                QKeyEvent copy(key->type(), key->key(), key->modifiers());
                QCoreApplication::sendEvent(m_table, &copy);
                return true;
            }
            break;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            // Enter searches at once if the words changed, else opens the selected result.
            if (m_debounce->isActive() || m_searchEdit->text().simplified() != m_lastSearched) {
                m_debounce->stop();
                runSearch();
            } else {
                activate(m_table->currentIndex());
            }
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace kith
