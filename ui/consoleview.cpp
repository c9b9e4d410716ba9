#include "ui/consoleview.h"

#include "cloud/rfbsession.h"
#include "ui/consolekeys.h"

#include <QKeyEvent>
#include <QPainter>
#include <QWheelEvent>

ConsoleView::ConsoleView(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAttribute(Qt::WA_InputMethodEnabled);
    setAutoFillBackground(false);
}

void ConsoleView::setSession(RfbSession *session)
{
    releaseKeys();
    m_session = session;
    if (!session)
        return;
    connect(session, &RfbSession::connected, this, [this](const QSize &size) { resizeScreen(size); });
    connect(session, &RfbSession::resized, this, &ConsoleView::resizeScreen);
    connect(session, &RfbSession::updated, this, &ConsoleView::applyDamage);
    connect(session, &RfbSession::cursorChanged, this, &ConsoleView::applyCursor);
}

QSize ConsoleView::sizeHint() const
{
    return m_image.isNull() ? QSize(800, 600) : m_image.size();
}

void ConsoleView::setScaled(bool scaled)
{
    m_scaled = scaled;
    if (!scaled && !m_image.isNull())
        resize(m_image.size());
    update();
}

void ConsoleView::setViewOnly(bool viewOnly)
{
    if (viewOnly)
        releaseKeys();
    m_viewOnly = viewOnly;
}

void ConsoleView::resizeScreen(const QSize &size)
{
    if (m_image.size() == size)
        return;
    m_image = QImage(size, QImage::Format_RGB32);
    m_image.fill(Qt::black);
    if (!m_scaled)
        resize(size);
    updateGeometry();
    update();
    Q_EMIT screenResized(size);
}

QRect ConsoleView::targetRect() const
{
    if (m_image.isNull())
        return {};
    if (!m_scaled)
        return QRect(QPoint(0, 0), m_image.size());
    const QSize fitted = m_image.size().scaled(size(), Qt::KeepAspectRatio);
    return QRect(QPoint((width() - fitted.width()) / 2, (height() - fitted.height()) / 2), fitted);
}

QRect ConsoleView::toWidget(const QRect &remote) const
{
    const QRect target = targetRect();
    if (target.isEmpty())
        return {};
    const double sx = double(target.width()) / m_image.width(), sy = double(target.height()) / m_image.height();
    const QRectF r(target.x() + remote.x() * sx, target.y() + remote.y() * sy, remote.width() * sx, remote.height() * sy);
    return r.toAlignedRect().adjusted(-1, -1, 1, 1) & rect(); // a pixel of margin for smooth scaling
}

QPoint ConsoleView::toRemote(const QPointF &pos) const
{
    const QRect target = targetRect();
    if (target.isEmpty())
        return {};
    const int x = int((pos.x() - target.x()) * m_image.width() / target.width());
    const int y = int((pos.y() - target.y()) * m_image.height() / target.height());
    return {std::clamp(x, 0, m_image.width() - 1), std::clamp(y, 0, m_image.height() - 1)};
}

void ConsoleView::applyDamage(const QList<RfbDamage> &damage)
{
    if (damage.size() == 1 && damage.first().rect == m_image.rect()
        && damage.first().pixels.size() == qsizetype(m_image.width()) * m_image.height() * 4) {
        // A whole new screen (a full-screen video): the picture shares the decoded pixels instead of
        // copying 8 MB on the GUI thread; a later partial update copies once (QImage detaches).
        auto *keep = new QByteArray(damage.first().pixels);
        m_image = QImage(reinterpret_cast<const uchar *>(keep->constData()), m_image.width(), m_image.height(),
                         qsizetype(m_image.width()) * 4, QImage::Format_RGB32,
                         [](void *bytes) { delete static_cast<QByteArray *>(bytes); }, keep);
        update(toWidget(m_image.rect()));
        return;
    }
    for (const RfbDamage &d : damage) {
        const QRect r = d.rect & m_image.rect();
        if (r != d.rect || d.pixels.size() != qsizetype(d.rect.width()) * d.rect.height() * 4)
            continue; // from before a resize
        const auto *src = reinterpret_cast<const quint32 *>(d.pixels.constData());
        for (int y = 0; y < r.height(); ++y)
            std::memcpy(reinterpret_cast<quint32 *>(m_image.scanLine(r.y() + y)) + r.x(), src + qsizetype(y) * r.width(),
                        size_t(r.width()) * 4);
        update(toWidget(r));
    }
}

void ConsoleView::applyCursor(const RfbCursor &cursor)
{
    if (cursor.size.isEmpty()) {
        setCursor(Qt::BlankCursor);
        return;
    }
    const QImage image(reinterpret_cast<const uchar *>(cursor.argb.constData()), cursor.size.width(),
                       cursor.size.height(), QImage::Format_ARGB32);
    setCursor(QCursor(QPixmap::fromImage(image.copy()), cursor.hotSpot.x(), cursor.hotSpot.y()));
}

void ConsoleView::paintEvent(QPaintEvent *event)
{
    QPainter p(this);
    m_painted.append(event->rect());
    const QRect target = targetRect();
    if (m_image.isNull()) {
        p.fillRect(event->rect(), palette().window());
        return;
    }
    // the border around the screen
    const QRegion outside = QRegion(event->rect()) - QRegion(target);
    for (const QRect &r : outside)
        p.fillRect(r, Qt::black);
    if (!m_scaled || target.size() == m_image.size()) {
        const QRect r = event->rect() & target;
        p.drawImage(r.topLeft(), m_image, r.translated(-target.topLeft()));
        return;
    }
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    // only the source pixels under the repainted area
    const QRect dirty = event->rect() & target;
    const double sx = double(m_image.width()) / target.width(), sy = double(m_image.height()) / target.height();
    const QRectF source((dirty.x() - target.x()) * sx, (dirty.y() - target.y()) * sy, dirty.width() * sx,
                        dirty.height() * sy);
    p.drawImage(QRectF(dirty), m_image, source);
}

quint8 ConsoleView::buttonMask(Qt::MouseButtons buttons)
{
    return quint8((buttons & Qt::LeftButton ? 1 : 0) | (buttons & Qt::MiddleButton ? 2 : 0)
                  | (buttons & Qt::RightButton ? 4 : 0));
}

void ConsoleView::sendPointer(const QPointF &pos, Qt::MouseButtons buttons)
{
    if (m_viewOnly || !m_session || m_image.isNull())
        return;
    const QPoint remote = toRemote(pos);
    m_session->sendPointer(remote.x(), remote.y(), buttonMask(buttons));
}

void ConsoleView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    sendPointer(event->position(), event->buttons());
}

void ConsoleView::mouseReleaseEvent(QMouseEvent *event)
{
    sendPointer(event->position(), event->buttons());
}

void ConsoleView::mouseMoveEvent(QMouseEvent *event)
{
    sendPointer(event->position(), event->buttons());
}

void ConsoleView::wheelEvent(QWheelEvent *event)
{
    event->accept();
    if (m_viewOnly || !m_session || m_image.isNull())
        return;
    // one RFB wheel "click" (buttons 4/5 up/down, 6/7 left/right) per 120 eighths of a degree
    m_wheelRest += QPointF(event->angleDelta());
    const QPoint remote = toRemote(event->position());
    const quint8 held = buttonMask(event->buttons());
    auto clicks = [&](double &rest, quint8 positive, quint8 negative) {
        while (std::abs(rest) >= 120) {
            const quint8 bit = rest > 0 ? positive : negative;
            m_session->sendPointer(remote.x(), remote.y(), quint8(held | bit));
            m_session->sendPointer(remote.x(), remote.y(), held);
            rest += rest > 0 ? -120 : 120;
        }
    };
    double ry = m_wheelRest.y(), rx = m_wheelRest.x();
    clicks(ry, 8, 16);
    clicks(rx, 64, 32);
    m_wheelRest = QPointF(rx, ry);
}

void ConsoleView::keyPressEvent(QKeyEvent *event)
{
    event->accept();
    if (m_viewOnly || !m_session)
        return;
    const quint32 keysym = ConsoleKeys::keysymFor(event);
    if (!keysym)
        return;
    m_pressed.insert(event->nativeScanCode() ? event->nativeScanCode() : quint32(event->key()), keysym);
    m_session->sendKey(keysym, true);
}

void ConsoleView::keyReleaseEvent(QKeyEvent *event)
{
    event->accept();
    if (m_viewOnly || !m_session || event->isAutoRepeat())
        return;
    const quint32 code = event->nativeScanCode() ? event->nativeScanCode() : quint32(event->key());
    const quint32 keysym = m_pressed.take(code);
    if (keysym)
        m_session->sendKey(keysym, false);
}

void ConsoleView::inputMethodEvent(QInputMethodEvent *event)
{
    // text composed by an input method (e.g. Chinese pinyin): typed as Unicode keysyms
    event->accept();
    if (m_viewOnly || !m_session)
        return;
    for (uint c : event->commitString().toUcs4()) {
        if (const quint32 k = ConsoleKeys::keysymForChar(char32_t(c))) {
            m_session->sendKey(k, true);
            m_session->sendKey(k, false);
        }
    }
}

void ConsoleView::releaseKeys()
{
    if (m_session)
        for (quint32 keysym : std::as_const(m_pressed))
            m_session->sendKey(keysym, false);
    m_pressed.clear();
}

void ConsoleView::focusOutEvent(QFocusEvent *event)
{
    releaseKeys(); // no key stays stuck down on the desktop when the window loses focus
    QWidget::focusOutEvent(event);
}

bool ConsoleView::focusNextPrevChild(bool)
{
    return false; // Tab goes to the desktop
}

bool ConsoleView::event(QEvent *event)
{
    // Tab and Backtab reach keyPressEvent instead of moving the focus
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (!m_viewOnly && key->key() != Qt::Key_F11) {
            event->accept();
            return true;
        }
    }
    return QWidget::event(event);
}
