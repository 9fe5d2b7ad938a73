#include "periods/EntryDialog.h"

#include "common/Conversions.h"
#include "common/FieldError.h"
#include "periods/EntryChoices.h"
#include "periods/PeriodErrors.h"
#include "services/SupportPeriods.h"
#include "ui_EntryDialog.h"

#include <QCheckBox>

using namespace trame;

namespace {

void fillChoices(QComboBox* combo, const QVector<EntryChoices::Choice>& choices, const std::string& current)
{
    combo->addItem(EntryChoices::tr("(not recorded)"), QString());
    for (const EntryChoices::Choice& c : choices)
        combo->addItem(c.label, qs(c.code));
    // A code from an imported file that the list does not know stays as it is.
    if (!current.empty() && combo->findData(qs(current)) < 0)
        combo->addItem(qs(current), qs(current));
    combo->setCurrentIndex(combo->findData(qs(current)));
}

std::string chosen(const QComboBox* combo)
{
    return ss(combo->currentData().toString());
}

std::vector<std::string> splitList(const QString& text)
{
    std::vector<std::string> items;
    for (const QString& item : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!item.trimmed().isEmpty())
            items.push_back(ss(item.trimmed()));
    return items;
}

} // namespace

EntryDialog::EntryDialog(services::SupportPeriods& periods, SupportPeriod period, Mode mode, const Date& today,
                         QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::EntryDialog>()), m_periods(periods), m_period(std::move(period)),
      m_mode(mode)
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    m_ui->entryDateEdit->setToday(toQDate(today));
    if (mode == Reopen)
        setWindowTitle(tr("Reopen the follow-up"));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &EntryDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &EntryDialog::reject);
    fillProgrammes();
    fillEntry();
}

EntryDialog::~EntryDialog() = default;

void EntryDialog::fillProgrammes()
{
    auto programmes = m_periods.programmes();
    if (!programmes) {
        m_ui->errorLabel->setText(PeriodErrors::text(programmes.error()));
        m_ui->errorLabel->show();
        return;
    }
    for (const Programme& p : *programmes)
        if (p.active || p.code == m_period.programme) {
            QString label = qs(p.label);
            if (p.maxMonths)
                label += tr(" (at most %n month(s))", nullptr, *p.maxMonths);
            m_ui->programmeCombo->addItem(label, qs(p.code));
        }
    m_ui->programmeCombo->setCurrentIndex(m_ui->programmeCombo->findData(qs(m_period.programme)));
}

void EntryDialog::fillEntry()
{
    m_ui->entryDateEdit->setDate(toQDate(m_period.entryDate));
    m_ui->prescriberOrganisationEdit->setText(qs(m_period.prescriberOrganisation));
    m_ui->prescriberNameEdit->setText(qs(m_period.prescriberName));
    const EntrySituation& entry = m_period.entry;
    fillChoices(m_ui->employmentCombo, EntryChoices::employment(), entry.employment);
    fillChoices(m_ui->timeWithoutWorkCombo, EntryChoices::timeWithoutWork(), entry.timeWithoutWork);
    fillChoices(m_ui->educationLevelCombo, EntryChoices::educationLevels(), entry.educationLevel);
    QStringList resources;
    for (const std::string& r : entry.resources)
        resources << qs(r);
    m_ui->resourcesEdit->setText(resources.join(QStringLiteral(", ")));
    auto choices = EntryChoices::participantFlags();
    for (const std::string& flag : entry.participantFlags)
        if (EntryChoices::labelOf(choices, flag) == qs(flag))
            choices.push_back({flag, qs(flag)});
    // Made here, after the buttons: each is put back in reading order, after the field above.
    QWidget* previous = m_ui->resourcesEdit;
    for (const EntryChoices::Choice& c : choices) {
        auto* box = new QCheckBox(c.label, m_ui->flagsBox);
        setTabOrder(previous, box);
        previous = box;
        box->setObjectName(QStringLiteral("flag_") + qs(c.code));
        box->setProperty("code", qs(c.code));
        box->setChecked(std::find(entry.participantFlags.begin(), entry.participantFlags.end(), c.code) !=
                        entry.participantFlags.end());
        m_ui->flagsBox->layout()->addWidget(box);
        m_flags.push_back(box);
    }
}

SupportPeriod EntryDialog::period() const
{
    SupportPeriod p = m_period;
    if (const auto entry = toDate(m_ui->entryDateEdit->date()))
        p.entryDate = *entry;
    p.programme = chosen(m_ui->programmeCombo);
    p.prescriberOrganisation = ss(m_ui->prescriberOrganisationEdit->text().trimmed());
    p.prescriberName = ss(m_ui->prescriberNameEdit->text().trimmed());
    p.entry.employment = chosen(m_ui->employmentCombo);
    p.entry.timeWithoutWork = chosen(m_ui->timeWithoutWorkCombo);
    p.entry.educationLevel = chosen(m_ui->educationLevelCombo);
    p.entry.resources = splitList(m_ui->resourcesEdit->text());
    p.entry.participantFlags.clear();
    for (const QCheckBox* box : m_flags)
        if (box->isChecked())
            p.entry.participantFlags.push_back(ss(box->property("code").toString()));
    return p;
}

bool EntryDialog::submit()
{
    FieldError::clear(m_ui->errorLabel, m_ui->entryDateEdit);
    if (!m_ui->entryDateEdit->isAcceptable() || !m_ui->entryDateEdit->date().isValid()) {
        FieldError::show(m_ui->errorLabel, tr("The entry date is required: type it as 15/03/2026."),
                         m_ui->entryDateEdit);
        return false;
    }
    SupportPeriod edited = period();
    Error error;
    if (m_mode == Correct) {
        if (Status saved = m_periods.saveEntry(edited); saved) {
            m_period = edited;
            return true;
        } else
            error = saved.error();
    } else {
        auto opened = m_periods.reopen(edited.beneficiaryId, edited);
        if (opened) {
            m_period = *opened;
            return true;
        }
        error = opened.error();
    }
    PeriodErrors::show(m_ui->errorLabel, error,
                       {{"entry_date", m_ui->entryDateEdit},
                        {"programme", m_ui->programmeCombo},
                        {"prescriber_organisation", m_ui->prescriberOrganisationEdit},
                        {"prescriber_name", m_ui->prescriberNameEdit},
                        {"resources", m_ui->resourcesEdit}});
    return false;
}

void EntryDialog::accept()
{
    if (submit())
        QDialog::accept();
}
