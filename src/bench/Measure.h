#pragma once

#include <chrono>
#include <functional>
#include <string>
#include <vector>

// Timing of one operation over many runs.
struct Timing {
    double median = 0; // milliseconds
    double p95 = 0;
};

// Runs `body` `runs` times (after `warmup` untimed runs) and returns median and 95th percentile.
Timing measure(int runs, const std::function<void()>& body, int warmup = 2);

// One line of the report: an operation, its floor measured in the same run, and the target.
struct Row {
    std::string operation;
    std::string floor;
    Timing value;
    Timing floorValue;
    std::string unit = "ms";
    std::string target;      // "ratio <= 1.5"
    double limit = 0;        // the target's number
    bool higherIsBetter = false;
    double ratio() const { return floorValue.median > 0 ? value.median / floorValue.median : 0; }
    bool met() const;
};

void printTable(const std::string& title, const std::vector<Row>& rows);
std::string toJson(const std::string& label, long long beneficiaries, const std::vector<Row>& rows);
