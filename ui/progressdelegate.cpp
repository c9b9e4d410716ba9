#include "ui/progressdelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionProgressBar>

ProgressDelegate::ProgressDelegate(int progressRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_progressRole(progressRole)
{
}

void ProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant value = index.data(m_progressRole);
    if (!value.isValid() || value.toInt() < 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The text as any cell draws it (selection colours included), with a slim bar under it: a
    // label laid over the bar's fill was half white on grey and unreadable in selected rows.
    QStyleOptionViewItem text = option;
    const int barHeight = qMax(3, option.fontMetrics.height() / 5);
    text.rect.adjust(0, 0, 0, -barHeight - 1);
    QStyledItemDelegate::paint(painter, text, index);

    const bool selected = option.state & QStyle::State_Selected;
    const QRect track(option.rect.left() + 4, option.rect.bottom() - barHeight - 1, option.rect.width() - 8, barHeight);
    const int percent = qBound(0, value.toInt(), 100);
    QColor trackColor = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Mid);
    trackColor.setAlpha(selected ? 90 : 110);
    const QColor fill = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Highlight);
    painter->save();
    painter->setPen(Qt::NoPen);
    painter->setBrush(trackColor);
    painter->drawRect(track);
    painter->setBrush(fill);
    painter->drawRect(QRect(track.topLeft(), QSize(track.width() * percent / 100, track.height())));
    painter->restore();
}
