#include "ui/imagesview.h"

#include "models/session/cloudcatalog.h"
#include "models/session/cloudconnection.h"
#include "models/domain/desktopstate.h"
#include "models/engine/inventory.h"
#include "models/items/recordtablemodel.h"
#include "ui/recordviews.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace
{
// Glance's status and visibility words in the user's language; a word not listed here is shown
// as the cloud sent it.
QString imageWord(const QString &word)
{
    static const char *const words[] = {
        QT_TRANSLATE_NOOP("ImagesView", "active"),      QT_TRANSLATE_NOOP("ImagesView", "queued"),
        QT_TRANSLATE_NOOP("ImagesView", "saving"),      QT_TRANSLATE_NOOP("ImagesView", "uploading"),
        QT_TRANSLATE_NOOP("ImagesView", "importing"),   QT_TRANSLATE_NOOP("ImagesView", "killed"),
        QT_TRANSLATE_NOOP("ImagesView", "deleted"),     QT_TRANSLATE_NOOP("ImagesView", "pending_delete"),
        QT_TRANSLATE_NOOP("ImagesView", "deactivated"), QT_TRANSLATE_NOOP("ImagesView", "public"),
        QT_TRANSLATE_NOOP("ImagesView", "private"),     QT_TRANSLATE_NOOP("ImagesView", "shared"),
        QT_TRANSLATE_NOOP("ImagesView", "community"),
    };
    for (const char *w : words) {
        if (word == QLatin1String(w))
            return ImagesView::tr(w);
    }
    return word;
}
} // namespace

ImagesView::ImagesView(QWidget *parent)
    : QWidget(parent)
    , m_imageProxy(RecordViews::makeProxy(this))
    , m_flavorProxy(RecordViews::makeProxy(this))
    , m_imagesLabel(new QLabel(this))
    , m_flavorsLabel(new QLabel(this))
    , m_refresh(new QPushButton(QIcon(QStringLiteral(":/icons/refresh.svg")), QString(), this))
    , m_rename(new QPushButton(QIcon(QStringLiteral(":/icons/edit.svg")), QString(), this))
    , m_visibility(new QPushButton(QIcon(QStringLiteral(":/icons/visibility.svg")), QString(), this))
    , m_delete(new QPushButton(QIcon(QStringLiteral(":/icons/delete.svg")), QString(), this))
{
    setObjectName(QStringLiteral("imagesView"));
    using Col = RecordTableModel::Column;
    auto image = [](const QVariant &v) { return v.value<Image>(); };
    m_images = new RecordTableModel(
        [image](const QVariant &v) { return image(v).id; },
        {
            Col{[] { return tr("Name"); }, [image](const QVariant &v, int role) -> QVariant {
                    return role == Qt::DisplayRole ? QVariant(image(v).name) : QVariant();
                }},
            Col{[] { return tr("Status"); }, [image](const QVariant &v, int role) -> QVariant {
                    const QString status = image(v).status;
                    if (role == Qt::DisplayRole)
                        return imageWord(status);
                    if (role == Qt::ForegroundRole && status != QLatin1String("active"))
                        return DesktopState::color(status == QLatin1String("killed") ? DesktopState::Error : DesktopState::Busy);
                    return {};
                }},
            Col{[] { return tr("Visibility"); }, [image](const QVariant &v, int role) -> QVariant {
                    return role == Qt::DisplayRole ? QVariant(imageWord(image(v).visibility)) : QVariant();
                }},
            Col{[] { return tr("Size"); }, [image](const QVariant &v, int role) -> QVariant {
                    if (role == Qt::DisplayRole)
                        return RecordViews::sizeText(image(v).size);
                    if (role == RecordTableModel::SortRole)
                        return image(v).size;
                    if (role == Qt::TextAlignmentRole)
                        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
                    return {};
                }},
            Col{[] { return tr("Desktops"); }, [this, image](const QVariant &v, int role) -> QVariant {
                    if (role == Qt::DisplayRole || role == RecordTableModel::SortRole)
                        return m_imageUse.value(image(v).id);
                    if (role == Qt::TextAlignmentRole)
                        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
                    return {};
                }},
            Col{[] { return tr("Created"); }, [image](const QVariant &v, int role) -> QVariant {
                    if (role == Qt::DisplayRole)
                        return QLocale().toString(image(v).created.toLocalTime(), QLocale::ShortFormat);
                    if (role == RecordTableModel::SortRole)
                        return image(v).created;
                    return {};
                }},
            Col{[] { return tr("Format"); }, [image](const QVariant &v, int role) -> QVariant {
                    return role == Qt::DisplayRole ? QVariant(image(v).diskFormat) : QVariant();
                }},
        },
        this);
    auto flavor = [](const QVariant &v) { return v.value<Flavor>(); };
    m_flavors = new RecordTableModel(
        [flavor](const QVariant &v) { return flavor(v).id; },
        {
            Col{[] { return tr("Name"); }, [flavor](const QVariant &v, int role) -> QVariant {
                    return role == Qt::DisplayRole ? QVariant(flavor(v).name) : QVariant();
                }},
            Col{[] { return tr("vCPUs"); }, [flavor](const QVariant &v, int role) -> QVariant {
                    return role == Qt::DisplayRole || role == RecordTableModel::SortRole ? QVariant(flavor(v).vcpus) : QVariant();
                }},
            Col{[] { return tr("RAM"); }, [flavor](const QVariant &v, int role) -> QVariant {
                    if (role == Qt::DisplayRole)
                        return RecordViews::sizeText(qint64(flavor(v).ramMb) * 1024 * 1024);
                    return role == RecordTableModel::SortRole ? QVariant(flavor(v).ramMb) : QVariant();
                }},
            Col{[] { return tr("Disk"); }, [flavor](const QVariant &v, int role) -> QVariant {
                    if (role == Qt::DisplayRole)
                        return tr("%1 GB").arg(flavor(v).diskGb);
                    return role == RecordTableModel::SortRole ? QVariant(flavor(v).diskGb) : QVariant();
                }},
            Col{[] { return tr("Desktops"); }, [this, flavor](const QVariant &v, int role) -> QVariant {
                    const Flavor f = flavor(v);
                    return role == Qt::DisplayRole || role == RecordTableModel::SortRole
                        ? QVariant(m_flavorUse.value(f.id) + (f.name != f.id ? m_flavorUse.value(f.name) : 0))
                        : QVariant();
                }},
            Col{[] { return tr("Public"); }, [flavor](const QVariant &v, int role) -> QVariant {
                    return role == Qt::DisplayRole ? QVariant(flavor(v).isPublic ? tr("yes") : tr("no")) : QVariant();
                }},
        },
        this);
    m_imageView = RecordViews::makeTable(m_images, m_imageProxy, QStringLiteral("imageTable"), this);
    m_imageView->horizontalHeader()->resizeSection(0, 220);
    m_flavorView = RecordViews::makeTable(m_flavors, m_flavorProxy, QStringLiteral("flavorTable"), this);
    m_refresh->setObjectName(QStringLiteral("refreshImages"));
    m_rename->setObjectName(QStringLiteral("renameImage"));
    m_visibility->setObjectName(QStringLiteral("imageVisibility"));
    m_delete->setObjectName(QStringLiteral("deleteImage"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_imagesLabel, 1);
    for (QPushButton *b : {m_refresh, m_rename, m_visibility, m_delete})
        buttons->addWidget(b);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(buttons);
    topLayout->addWidget(m_imageView, 1);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_flavorsLabel);
    bottomLayout->addWidget(m_flavorView, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(splitter);

    m_recount.setSingleShot(true);
    m_recount.setInterval(500);
    connect(&m_recount, &QTimer::timeout, this, &ImagesView::recount);
    connect(m_imageView->selectionModel(), &QItemSelectionModel::currentChanged, this, &ImagesView::updateButtons);
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        if (m_connection) {
            m_connection->catalog()->refreshImages();
            m_connection->catalog()->refreshFlavors();
        }
    });
    connect(m_rename, &QPushButton::clicked, this, &ImagesView::rename);
    connect(m_visibility, &QPushButton::clicked, this, &ImagesView::toggleVisibility);
    connect(m_delete, &QPushButton::clicked, this, &ImagesView::remove);
    retranslate();
}

void ImagesView::setConnection(CloudConnection *connection)
{
    m_connection = connection;
    m_images->clear();
    m_flavors->clear();
    if (connection) {
        CloudCatalog *catalog = connection->catalog();
        connect(catalog, &CloudCatalog::imagesChanged, this, [this] {
            if (m_connection)
                m_images->setValues(m_connection->catalog()->images());
            updateButtons();
        });
        connect(catalog, &CloudCatalog::flavorsChanged, this, [this] {
            if (m_connection)
                m_flavors->setValues(m_connection->catalog()->flavors());
        });
        connect(connection->inventory(), &Inventory::serversChanged, this, [this] { m_recount.start(); });
        m_images->setValues(catalog->images());
        m_flavors->setValues(catalog->flavors());
        recount();
    }
    updateButtons();
}

void ImagesView::recount()
{
    m_imageUse.clear();
    m_flavorUse.clear();
    if (m_connection) {
        for (const Server &s : m_connection->inventory()->servers()) {
            if (!s.imageId.isEmpty())
                ++m_imageUse[s.imageId];
            ++m_flavorUse[s.flavorId.isEmpty() ? s.flavorName : s.flavorId];
        }
    }
    m_images->refreshAll();
    m_flavors->refreshAll();
    updateButtons();
}

QVariant ImagesView::currentImage() const
{
    const QModelIndex i = m_imageView->currentIndex();
    return i.isValid() ? i.data(RecordTableModel::RecordRole) : QVariant();
}

void ImagesView::updateButtons()
{
    const QVariant v = currentImage();
    const bool has = v.isValid() && m_connection;
    const Image image = v.value<Image>();
    m_rename->setEnabled(has);
    m_visibility->setEnabled(has);
    m_visibility->setText(image.visibility == QLatin1String("public") ? tr("Make &private") : tr("Make &public"));
    const int use = m_imageUse.value(image.id);
    m_delete->setEnabled(has && use == 0 && !image.isProtected);
    m_delete->setToolTip(use > 0 ? tr("%n desktop(s) use this image; delete them or restore them to another image first.", nullptr, use)
                                 : (image.isProtected ? tr("This image is protected.") : tr("Delete the selected image")));
    m_imagesLabel->setText(tr("<b>Images</b> (%1)").arg(m_images->rowCount()));
    m_flavorsLabel->setText(tr("<b>Flavors</b> (%1)").arg(m_flavors->rowCount()));
}

void ImagesView::rename()
{
    const Image image = currentImage().value<Image>();
    if (image.id.isEmpty() || !m_connection)
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Rename image"));
    dialog->setLabelText(tr("New name for %1:").arg(image.name));
    dialog->setTextValue(image.name);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, image](const QString &name) {
        if (!m_connection || name.trimmed().isEmpty() || name == image.name)
            return;
        m_connection->catalog()->renameImage(image.id, name.trimmed(), this, [this, image](Result<Image> r) {
            Q_EMIT message(r ? tr("Renamed %1 to %2.").arg(image.name, r.value().name)
                             : tr("Could not rename %1: %2").arg(image.name, r.error().userMessage()));
        });
    });
    dialog->open();
}

void ImagesView::toggleVisibility()
{
    const Image image = currentImage().value<Image>();
    if (image.id.isEmpty() || !m_connection)
        return;
    const QString target = image.visibility == QLatin1String("public") ? QStringLiteral("private") : QStringLiteral("public");
    m_connection->catalog()->setImageVisibility(image.id, target, this, [this, image, target](Result<Image> r) {
        Q_EMIT message(r ? tr("%1 is now %2.").arg(image.name, imageWord(target))
                         : tr("Could not change %1: %2").arg(image.name, r.error().userMessage()));
    });
}

void ImagesView::remove()
{
    const Image image = currentImage().value<Image>();
    if (image.id.isEmpty() || !m_connection || m_imageUse.value(image.id) > 0)
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete image"),
                                tr("Delete the image %1?").arg(image.name), QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("No desktop uses it. Glance removes the image file (%1); this cannot be undone.")
                                .arg(RecordViews::sizeText(image.size)));
    QPushButton *yes = box->addButton(tr("Delete image"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, yes, image] {
        if (box->clickedButton() != yes || !m_connection)
            return;
        m_connection->catalog()->deleteImage(image.id, this, [this, image](Result<bool> r) {
            Q_EMIT message(r ? tr("Deleted the image %1.").arg(image.name)
                             : tr("Could not delete %1: %2").arg(image.name, r.error().userMessage()));
        });
    });
    box->open();
}

void ImagesView::retranslate()
{
    m_refresh->setText(tr("&Refresh"));
    m_refresh->setToolTip(tr("Load images and flavors again"));
    m_rename->setText(tr("Re&name…"));
    m_delete->setText(tr("&Delete…"));
    m_imageView->setAccessibleName(tr("Images"));
    m_flavorView->setAccessibleName(tr("Flavors"));
    m_images->refreshAll();
    m_flavors->refreshAll();
    updateButtons();
}

void ImagesView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
