"""One writer at a time: a step waits for another process's hold on the file instead of failing."""

import subprocess
import sys
import time

import duckdb

from pactwatch.warehouse import connect_write


def test_writer_waits_for_an_outside_reader_to_close(tmp_path):
    warehouse = tmp_path / "w.duckdb"
    duckdb.connect(str(warehouse)).close()
    # Another process (think: an analyst's duckdb CLI) holds the file open read-only for 2 s.
    holder = subprocess.Popen([sys.executable, "-c", (
        "import duckdb, time, sys; c = duckdb.connect(sys.argv[1], read_only=True); "
        "print('open', flush=True); time.sleep(2); c.close()"), str(warehouse)], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "open"
    started = time.monotonic()
    with connect_write(warehouse) as con:
        con.execute("create table t as select 1 as x")
    waited = time.monotonic() - started
    holder.wait(timeout=10)
    assert waited >= 1.0   # it waited for the reader rather than failing at once
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute("select x from t").fetchall() == [(1,)]
