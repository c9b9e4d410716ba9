#pragma once

#include "cloud/cloudtypes.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

/**
 * Adopt servers that Phoenix did not create: give them a role (teacher/student), an owner, a
 * course and a seat, written as phoenix:* metadata. With several servers the owner is left to each
 * server's name when empty and seats are numbered from the first seat.
 */
class AdoptDialog : public QDialog
{
    Q_OBJECT

public:
    AdoptDialog(const QList<Server> &servers, const QStringList &courses, QWidget *parent = nullptr);

    /** The metadata for each server, by server id. */
    [[nodiscard]] QList<QPair<QString, QMap<QString, QString>>> metadata() const;

private:
    QList<Server> m_servers;
    QLabel *m_what;
    QComboBox *m_role;
    QLineEdit *m_owner;
    QComboBox *m_course;
    QSpinBox *m_seat;
    QDialogButtonBox *m_buttons;
};
