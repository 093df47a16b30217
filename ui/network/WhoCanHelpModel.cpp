#include "network/WhoCanHelpModel.h"

#include <QLocale>

namespace kith {

WhoCanHelpModel::WhoCanHelpModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void WhoCanHelpModel::setMatches(const QList<HelpMatch>& matches)
{
    beginResetModel();
    m_matches = matches;
    endResetModel();
}

QString WhoCanHelpModel::highlighted(const QString& marked)
{
    QString html;
    QString run;
    bool inMark = false;
    const auto flush = [&] {
        if (run.isEmpty())
            return;
        if (inMark)
            html += QStringLiteral("<span style=\"background-color:#ffe98a; color:#1d1d1d; font-weight:600\">") +
                    run.toHtmlEscaped() + QStringLiteral("</span>");
        else
            html += run.toHtmlEscaped();
        run.clear();
    };
    for (const QChar c : marked) {
        if (c == QLatin1Char('[') && !inMark) {
            flush();
            inMark = true;
        } else if (c == QLatin1Char(']') && inMark) {
            flush();
            inMark = false;
        } else {
            run += c;
        }
    }
    flush();
    return html;
}

QString WhoCanHelpModel::plain(const QString& marked)
{
    QString text = marked;
    return text.remove(QLatin1Char('[')).remove(QLatin1Char(']'));
}

int WhoCanHelpModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_matches.size());
}

int WhoCanHelpModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WhoCanHelpModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_matches.size())
        return {};
    const HelpMatch& m = m_matches.at(index.row());
    if (role == ContactIdRole)
        return m.contactId;
    const bool inTouch = m.lastInteraction.isValid();
    switch (index.column()) {
    case Name:
        if (role == Qt::DisplayRole || role == RawValueRole)
            return m.name;
        if (role == Qt::ToolTipRole)
            return tr("Enter or double-click opens %1").arg(m.name);
        break;
    case Reason:
        if (role == Qt::DisplayRole || role == RawValueRole || role == Qt::ToolTipRole)
            return plain(m.reason);
        if (role == HtmlRole)
            return highlighted(m.reason);
        break;
    case HowYouKnow:
        if (role == Qt::DisplayRole || role == RawValueRole || role == Qt::ToolTipRole)
            return m.howYouKnow;
        break;
    case Strength:
        if (role == RawValueRole)
            return inTouch ? QVariant(m.strength) : QVariant();
        if (role == Qt::DisplayRole)
            return inTouch ? QString::number(qRound(m.strength)) : tr("never in touch");
        if (role == Qt::ToolTipRole)
            return inTouch ? tr("Tie strength %1 of 100: both reaching out, how long you have known each other, "
                                "depth. Last in touch %2.")
                                 .arg(qRound(m.strength))
                                 .arg(QLocale().toString(m.lastInteraction.toLocalTime().date(), QLocale::ShortFormat))
                           : tr("You have never been in touch: no tie to measure yet.");
        break;
    default:
        break;
    }
    return {};
}

QVariant WhoCanHelpModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Reason:
        return tr("Why");
    case HowYouKnow:
        return tr("How you know them");
    case Strength:
        return tr("Tie strength");
    default:
        return {};
    }
}

} // namespace kith
