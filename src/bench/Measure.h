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

// Runs every body once per round, `runs` rounds after `warmup` untimed ones, starting each round
// with the next body in turn, and returns one timing per body. An operation and its floor measured
// this way see the same machine: a neighbour's load or a CPU frequency change during the run weighs
// on both alike, which measuring one after the other did not give (floors moved 30-50 % between
// runs).
std::vector<Timing> measureInterleaved(int runs, const std::vector<std::function<void()>>& bodies, int warmup = 2);

// One line of the report: an operation, its floor measured in the same run, and the target.
struct Row {
    std::string operation;
    std::string floor;
    Timing value;
    Timing floorValue;
    std::string unit = "ms";
    std::string target; // "ratio <= 1.5"
    double limit = 0;   // the target's number
    bool higherIsBetter = false;
    double ratio() const { return floorValue.median > 0 ? value.median / floorValue.median : 0; }
    bool met() const;
};

void printTable(const std::string& title, const std::vector<Row>& rows);
std::string toJson(const std::string& label, long long beneficiaries, const std::vector<Row>& rows);
