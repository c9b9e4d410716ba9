// Build tool: renders the application icon (an SVG) to the PNG sizes of the hicolor theme, and
// to a multi-size .ico on Windows. Usage: phoenix_iconrender ICON.svg OUTDIR SIZE...
// Writes OUTDIR/SIZExSIZE/org.phoenix.Phoenix.png for each size, and OUTDIR/org.phoenix.Phoenix.ico
// (the largest size) when Qt's ICO writer is there.
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen"); // a build step: no display
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QTextStream err(stderr);
    if (args.size() < 4) {
        err << "usage: phoenix_iconrender ICON.svg OUTDIR SIZE...\n";
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        err << "phoenix_iconrender: cannot read " << args.at(1) << '\n';
        return 1;
    }
    QList<QImage> images;
    for (const QString &sizeText : args.mid(3)) {
        const int size = sizeText.toInt();
        if (size <= 0) {
            err << "phoenix_iconrender: not a size: " << sizeText << '\n';
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter);
        painter.end();
        const QString dir = QStringLiteral("%1/%2x%2").arg(args.at(2)).arg(size);
        const QString file = dir + QStringLiteral("/org.phoenix.Phoenix.png");
        if (!QDir().mkpath(dir) || !image.save(file)) {
            err << "phoenix_iconrender: cannot write " << file << '\n';
            return 1;
        }
        images << image;
    }
    if (QImageWriter::supportedImageFormats().contains("ico")) {
        // Qt's ICO writer writes one image per file: the last (largest) size; Windows scales it.
        QImageWriter ico(args.at(2) + QStringLiteral("/org.phoenix.Phoenix.ico"), "ico");
        if (!ico.write(images.constLast())) {
            err << "phoenix_iconrender: cannot write the .ico: " << ico.errorString() << '\n';
            return 1;
        }
    }
    return 0;
}
