#include "administration/DataRightsTab.h"

#include "common/Conversions.h"
#include "common/InputDialogs.h"
#include "common/MessageBox.h"
#include "common/PrivateFile.h"
#include "common/SortableList.h"
#include "common/UserSession.h"
#include "ui_DataRightsTab.h"

using namespace trame;

DataRightsTab::DataRightsTab(AdministrationContext context, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::DataRightsTab>()), m_context(context)
{
    m_ui->setupUi(this);
    m_retention.setHorizontalHeaderLabels({tr("Case file no."), tr("Last contact"), tr("Counsellor")});
    SortableList::attach(m_ui->retentionTable, &m_retention);
    m_ui->anonymiseButton->setEnabled(false);
    connect(m_ui->exportPersonButton, &QPushButton::clicked, this, &DataRightsTab::exportPerson);
    connect(m_ui->eraseButton, &QPushButton::clicked, this, &DataRightsTab::erasePerson);
    connect(m_ui->previewButton, &QPushButton::clicked, this, &DataRightsTab::previewRetention);
    connect(m_ui->anonymiseButton, &QPushButton::clicked, this, &DataRightsTab::anonymise);
}

DataRightsTab::~DataRightsTab() = default;

void DataRightsTab::setPerson(std::int64_t id)
{
    m_ui->personSpin->setValue(static_cast<int>(id));
}

bool DataRightsTab::exportPerson()
{
    const auto file = InputDialogs::saveFileName(this, tr("Export the person's data"),
                                                 QStringLiteral("personne-%1.json").arg(m_ui->personSpin->value()),
                                                 tr("JSON (*.json)"));
    return file && writeExport(*file);
}

bool DataRightsTab::writeExport(const QString& file)
{
    auto json = m_context.session.rights.exportPerson(m_ui->personSpin->value());
    if (!json) {
        emit failed(json.error());
        return false;
    }
    if (Status written = writePrivateFile(file, QByteArray::fromStdString(*json)); !written) {
        emit failed(written.error());
        return false;
    }
    emit done(tr("The data of case file %1 was written to %2.").arg(m_ui->personSpin->value()).arg(file));
    return true;
}

bool DataRightsTab::erasePerson()
{
    const int id = m_ui->personSpin->value();
    // The confirmation names the person, so that a mistyped number is seen before it is too late.
    const auto person = m_context.session.rights.identify(id);
    if (!person) {
        emit failed(person.error());
        return false;
    }
    const QString who = person->birthDate
                            ? tr("%1, born on %2, followed by %3")
                                  .arg(qs(person->displayName()), formatDate(person->birthDate), qs(person->counsellor))
                            : tr("%1, followed by %2").arg(qs(person->displayName()), qs(person->counsellor));
    const auto answer = MessageBox::question(
        this, tr("Erase a person"),
        tr("Erase everything held on case file %1: %2? This cannot be undone: only anonymous counts remain.")
            .arg(id)
            .arg(who),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return false;
    const auto erased = m_context.session.rights.erase(id);
    if (!erased) {
        emit failed(erased.error());
        return false;
    }
    emit done(*erased ? tr("Case file %1 was erased.").arg(id)
                      : tr("Case file %1 was erased. Trame is open elsewhere on this file: the log that may still "
                           "hold the person's data will be cleaned when it is closed everywhere.")
                            .arg(id));
    return true;
}

void DataRightsTab::previewRetention()
{
    m_retention.removeRows(0, m_retention.rowCount());
    auto due = m_context.session.rights.retentionCandidates();
    if (!due) {
        emit failed(due.error());
        return;
    }
    for (const RetentionCandidate& c : *due) {
        auto* number = new QStandardItem(QString::number(c.id));
        number->setData(static_cast<qlonglong>(c.id), SortableList::SortKeyRole);
        auto* lastContact = new QStandardItem(QLocale().toString(toQDate(c.lastContact), QLocale::ShortFormat));
        lastContact->setData(qs(c.lastContact.toString()), SortableList::SortKeyRole);
        m_retention.appendRow({number, lastContact, new QStandardItem(qs(c.counsellor))});
    }
    m_ui->anonymiseButton->setEnabled(!due->empty());
    emit done(tr("%n person(s) with no contact for 24 months.", nullptr, static_cast<int>(due->size())));
}

bool DataRightsTab::anonymise()
{
    const auto answer = MessageBox::question(
        this, tr("Anonymise"),
        tr("Anonymise the %n person(s) listed? Their names, contact details and case files are removed for good.",
           nullptr, m_retention.rowCount()),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return false;
    auto count = m_context.session.rights.applyRetention();
    if (!count) {
        emit failed(count.error());
        return false;
    }
    previewRetention();
    emit done(tr("%n person(s) anonymised.", nullptr, static_cast<int>(*count)));
    return true;
}
