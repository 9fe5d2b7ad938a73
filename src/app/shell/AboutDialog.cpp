#include "shell/AboutDialog.h"

#include "ui_AboutDialog.h"

#include <QCoreApplication>
#include <QFont>

AboutDialog::AboutDialog(const QString& databasePath, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    QFont title = m_ui->nameLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.6);
    title.setBold(true);
    m_ui->nameLabel->setFont(title);
    m_ui->versionLabel->setText(m_ui->versionLabel->text().arg(QCoreApplication::applicationVersion()));
    m_ui->databaseLabel->setText(m_ui->databaseLabel->text().arg(databasePath));
}

AboutDialog::~AboutDialog() = default;
