#pragma once

#include "domain/form_table.h"

#include <QJsonObject>

namespace yufang {

// A filled-in form as JSON, the snapshot every saved version keeps (form_version, migration
// 25): {"form", "unit_code", "year", "rows": [{"group"?, "key", "local", "cells": {column:
// number | text}}], "fields": {key: text}}. Numbers are the cells' exact integers (a decimal
// column's scaled value), so a snapshot reads back equal to what was saved.
QJsonObject formTableToJson(const FormTable& table);
FormTable formTableFromJson(const QJsonObject& json);

} // namespace yufang
