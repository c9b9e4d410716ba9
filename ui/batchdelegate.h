#pragma once

#include <QStyledItemDelegate>

/** One batch in the task panel: state icon, title, "8 of 10 done, 1 failed" and a progress bar. */
class BatchDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
