#pragma once

#include <QStyledItemDelegate>

/**
 * Paints a progress bar (with the cell's text on it) in cells whose progress role holds 0..100;
 * other cells (progress -1 or absent) paint as usual. Used for the desktop tables' Task column
 * and the task tables' Progress column.
 */
class ProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    ProgressDelegate(int progressRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_progressRole;
};
