#include "ui/batchdelegate.h"

#include "models/items/batchlistmodel.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionProgressBar>

void BatchDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const QString title = opt.text;
    opt.text.clear();
    opt.icon = QIcon();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect r = option.rect.adjusted(6, 4, -6, -4);
    const int line = option.fontMetrics.height();
    const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
    icon.paint(painter, QRect(r.left(), r.top() + 1, 16, 16));

    painter->save();
    const bool selected = option.state & QStyle::State_Selected;
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    const QRect titleRect(r.left() + 22, r.top(), r.width() - 22, line);
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(title, Qt::ElideRight, titleRect.width()));
    painter->setFont(option.font);
    const QRect summaryRect(r.left() + 22, r.top() + line + 2, r.width() - 22, line);
    painter->drawText(summaryRect, Qt::AlignLeft | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(index.data(BatchListModel::SummaryRole).toString(), Qt::ElideRight,
                                                    summaryRect.width()));
    painter->restore();

    QStyleOptionProgressBar bar;
    bar.rect = QRect(r.left() + 22, r.top() + 2 * line + 6, r.width() - 22, qMax(8, line / 2 + 2));
    bar.minimum = 0;
    bar.maximum = 100;
    bar.progress = index.data(BatchListModel::ProgressRole).toInt();
    bar.textVisible = false;
    bar.state = option.state | QStyle::State_Horizontal;
    bar.palette = option.palette;
    bar.direction = option.direction;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
}

QSize BatchDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    const int line = option.fontMetrics.height();
    return QSize(200, 2 * line + qMax(8, line / 2 + 2) + 16);
}
