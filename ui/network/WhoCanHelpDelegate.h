#pragma once

#include <QStyledItemDelegate>

namespace kith {

class HealthBarDelegate;

// Draws a Who Can Help result row: the reason as rich text with the matched words highlighted, the tie strength
// as a health bar (HealthBarDelegate), or "never in touch" in muted text where there is no tie to measure.
class WhoCanHelpDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WhoCanHelpDelegate)

public:
    explicit WhoCanHelpDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    HealthBarDelegate* m_bar = nullptr;
};

} // namespace kith
