#pragma once

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class CloudConnection;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class RecordTableModel;

/**
 * Images & flavors: Glance images with status, visibility, size and how many desktops use each
 * (rename, make public/private, delete when unused), and the Nova flavors with their desktops.
 * "Make image from a desktop" lives with the desktop actions.
 */
class ImagesView : public QWidget
{
    Q_OBJECT

public:
    explicit ImagesView(QWidget *parent = nullptr);

    void setConnection(CloudConnection *connection);
    [[nodiscard]] QTableView *imageView() const { return m_imageView; }
    [[nodiscard]] QTableView *flavorView() const { return m_flavorView; }
    [[nodiscard]] RecordTableModel *imageModel() const { return m_images; }
    [[nodiscard]] int imageUse(const QString &imageId) const { return m_imageUse.value(imageId); }

Q_SIGNALS:
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void recount();
    void updateButtons();
    void rename();
    void toggleVisibility();
    void remove();
    [[nodiscard]] QVariant currentImage() const;

    QPointer<CloudConnection> m_connection;
    RecordTableModel *m_images;
    RecordTableModel *m_flavors;
    QSortFilterProxyModel *m_imageProxy;
    QSortFilterProxyModel *m_flavorProxy;
    QTableView *m_imageView;
    QTableView *m_flavorView;
    QLabel *m_imagesLabel;
    QLabel *m_flavorsLabel;
    QPushButton *m_refresh;
    QPushButton *m_rename;
    QPushButton *m_visibility;
    QPushButton *m_delete;
    QHash<QString, int> m_imageUse;
    QHash<QString, int> m_flavorUse;
    QTimer m_recount;
};
