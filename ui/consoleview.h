#pragma once

#include "cloud/rfbclient.h"

#include <QHash>
#include <QImage>
#include <QPointer>
#include <QWidget>

class RfbSession;

/**
 * The remote screen: a QImage kept up to date from the session's decoded rectangles (decoding
 * runs on the session's thread; here pixels are only copied), painting only what changed,
 * scaled to the widget (keeping the aspect ratio) or 1:1. Keyboard, mouse and wheel go to the
 * session unless view-only.
 */
class ConsoleView : public QWidget
{
    Q_OBJECT

public:
    explicit ConsoleView(QWidget *parent = nullptr);

    void setSession(RfbSession *session);
    void setScaled(bool scaled);
    [[nodiscard]] bool isScaled() const { return m_scaled; }
    void setViewOnly(bool viewOnly);
    [[nodiscard]] bool isViewOnly() const { return m_viewOnly; }
    [[nodiscard]] const QImage &image() const { return m_image; }
    /** Where the remote screen is drawn inside the widget. */
    [[nodiscard]] QRect targetRect() const;
    /** Widget position → remote screen position (clamped). */
    [[nodiscard]] QPoint toRemote(const QPointF &pos) const;
    /** Widget rectangles repainted since the last call (for tests of damaged-rectangle painting). */
    [[nodiscard]] QList<QRect> takePaintedRects() { return std::exchange(m_painted, {}); }
    [[nodiscard]] QSize sizeHint() const override;

    void resizeScreen(const QSize &size);
    void applyDamage(const QList<RfbDamage> &damage);
    void applyCursor(const RfbCursor &cursor);
    /** Releases every key still held on the remote side (focus lost, window closed). */
    void releaseKeys();

Q_SIGNALS:
    void screenResized(const QSize &size);

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void inputMethodEvent(QInputMethodEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    bool event(QEvent *event) override;

private:
    void sendPointer(const QPointF &pos, Qt::MouseButtons buttons);
    [[nodiscard]] QRect toWidget(const QRect &remote) const;
    [[nodiscard]] static quint8 buttonMask(Qt::MouseButtons buttons);

    QPointer<RfbSession> m_session;
    QImage m_image;
    bool m_scaled = true;
    bool m_viewOnly = false;
    QHash<quint32, quint32> m_pressed; // native scan code → keysym sent on press
    QList<QRect> m_painted;
    QPointF m_wheelRest;
};
