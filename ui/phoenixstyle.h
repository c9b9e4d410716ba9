#pragma once

#include <QProxyStyle>

/**
 * Phoenix's adjustments to the platform style. Qt hands the style "SortDown" for an ascending
 * column (the KDE convention), so Fusion drew an upward arrow over a list sorted newest first;
 * here the arrow points the way the values run: up for ascending, down for descending.
 */
class PhoenixStyle : public QProxyStyle
{
    Q_OBJECT

public:
    explicit PhoenixStyle(QStyle *base = nullptr);

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
};
