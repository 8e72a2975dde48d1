#!/usr/bin/env bash
# Formats the sources with swift-format (part of the Swift toolchain) using .swift-format;
# `Scripts/format.sh --lint` only reports.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--lint" ]; then
  swift format lint --strict -r Sources Tests Benchmarks Package.swift
else
  swift format -i -r Sources Tests Benchmarks Package.swift
fi
