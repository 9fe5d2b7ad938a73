#pragma once

#include "domain/Document.h"

// Realistic records for tests, with every field filled.
trame::BeneficiaryRecord sampleRecord(std::int64_t id, const std::string& lastName = "Chabert");
trame::InterviewTemplate sampleTemplate();
