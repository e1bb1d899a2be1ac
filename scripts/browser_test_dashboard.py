#!/usr/bin/env python3
"""Browser test of the dashboard: headless Chromium (Debian's chromium and chromium-driver) driven
by Selenium (PyPI).

It ingests the README's sample into a fresh database, extracts events, creates a token, starts
`vigil serve` on a free port, then in the browser: finds the seed's markers in Iraq and Syria,
opens the Ain al-Asad event, checks that its evidence is highlighted, signs in with the token and
approves the event; the API must then report it approved. Then an article stored by another process
must show up without a reload (server-sent events), and a feed and an alert are added from their
tabs. Screenshots go to test-output/browser/.

Usage: scripts/browser_test_dashboard.py [path/to/vigil]   (default .build/release/vigil)
Needs: apt-get install chromium chromium-driver; pip install selenium.
"""
import json, os, re, subprocess, sys, tempfile, time, urllib.request
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

ROOT = Path(__file__).resolve().parent.parent
VIGIL = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / ".build/release/vigil").resolve()
OUT = ROOT / "test-output/browser"


def vigil(*args, db):
    result = subprocess.run([str(VIGIL), *args, "--db", db], capture_output=True, text=True)
    if result.returncode not in (0, 65):
        sys.exit(f"vigil {' '.join(args)} failed ({result.returncode}): {result.stderr}")
    return result.stdout


def get(url):
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.load(response)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    db = os.path.join(tempfile.mkdtemp(prefix="vigil-browser-"), "vigil.sqlite")
    inputs = [str(ROOT / "Samples")]
    seed = ROOT.parent / "shared/seed/seed.docs.jsonl"
    if seed.exists():
        inputs.append(str(seed))
    vigil("ingest", *inputs, db=db)
    vigil("process", db=db)
    token = vigil("token", "create", "--name", "browser-test", db=db).strip()
    server = subprocess.Popen([str(VIGIL), "serve", "--db", db, "--port", "0"], stdout=subprocess.PIPE, text=True)
    try:
        line = server.stdout.readline()
        match = re.search(r"(http://\S+/)", line)
        if not match:
            sys.exit(f"vigil serve printed no URL: {line!r}")
        base = match.group(1)
        print("dashboard at", base)
        run_browser(base, token, db)
    finally:
        server.terminate()
        server.wait(timeout=10)


def run_browser(base, token, db):
    events = get(base + "api/events?limit=1000")["events"]
    seed_events = [e for e in events if e["country"] in ("Iraq", "Syria") and e["latitude"] is not None]
    target = next((e for e in events if "asad" in (e["location"] + " " + e["admin1"]).lower()), None)
    if target is None:
        sys.exit("no Ain al-Asad event was extracted; events: " + ", ".join(e["location"] for e in events))

    options = webdriver.ChromeOptions()
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1400,1000", "--disable-dev-shm-usage"):
        options.add_argument(flag)
    if Path("/usr/bin/chromium").exists():
        options.binary_location = "/usr/bin/chromium"
    service = webdriver.ChromeService(executable_path="/usr/bin/chromedriver") if Path("/usr/bin/chromedriver").exists() else None
    driver = webdriver.Chrome(options=options, service=service)
    wait = WebDriverWait(driver, 20)
    try:
        driver.get(base)
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#event-table tbody tr[data-event-id]"))
        driver.save_screenshot(str(OUT / "0-world.png"))
        # Zoom to Iraq and Syria, as a person would with the mouse wheel.
        driver.execute_script("map.fitBounds([[30.5, 36.0], [37.5, 46.5]], {animate: false})")
        wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "path.vigil-marker")) >= min(4, len(seed_events)))
        shown = {m.get_attribute("data-event-id") for m in driver.find_elements(By.CSS_SELECTOR, "path.vigil-marker")}
        in_iraq_syria = [e for e in seed_events if e["event_id"] in shown]
        print(f"{len(shown)} markers, {len(in_iraq_syria)} in Iraq and Syria")
        assert len(in_iraq_syria) >= 4, f"expected the four seed markers in Iraq and Syria, found {len(in_iraq_syria)}"
        driver.save_screenshot(str(OUT / "1-dashboard.png"))

        marker = driver.find_element(By.CSS_SELECTOR, f'path.vigil-marker[data-event-id="{target["event_id"]}"]')
        driver.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", marker)
        wait.until(EC.visibility_of_element_located((By.ID, "detail")))
        marks = wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#article-text mark"))
        fields = {m.get_attribute("data-field") for m in marks}
        colours = {m.value_of_css_property("background-color") for m in marks}
        print("evidence highlighted for", sorted(fields))
        assert len(marks) >= 2 and len(colours) >= 2, "evidence should be highlighted, one colour per field"
        driver.save_screenshot(str(OUT / "2-event-evidence.png"))

        driver.find_element(By.ID, "detail-sign-in").click()
        field = wait.until(EC.visibility_of_element_located((By.CSS_SELECTOR, "#token-dialog input[name=token]")))
        field.send_keys(token)
        driver.find_element(By.CSS_SELECTOR, "#token-form button[type=submit]").click()
        wait.until(EC.text_to_be_present_in_element((By.ID, "token-button"), "browser-test"))
        wait.until(EC.element_to_be_clickable((By.ID, "approve-button"))).click()
        wait.until(EC.text_to_be_present_in_element((By.ID, "detail-body"), "approved"))
        driver.save_screenshot(str(OUT / "3-approved.png"))
        status = get(base + "api/events/" + target["event_id"])["event"]["review"]["status"]
        assert status == "approved", f"the API reports {status}"
        live_update(driver, wait, db)
        feeds_and_alerts(driver, wait, base)
        # A phone-sized window loading the page afresh.
        driver.set_window_size(412, 915)
        driver.get(base)
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#event-table tbody tr[data-event-id]"))
        time.sleep(1)
        driver.save_screenshot(str(OUT / "4-phone.png"))
        driver.find_element(By.CSS_SELECTOR, f'#event-table tbody tr[data-event-id="{target["event_id"]}"]').click()
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#article-text mark"))
        driver.save_screenshot(str(OUT / "5-phone-event.png"))
        print("ok: markers, evidence, approval; screenshots in", OUT)
    finally:
        driver.quit()


def live_update(driver, wait, db):
    """An article ingested and processed by another process appears without reloading the page."""
    before = int(driver.find_element(By.ID, "summary").text.split()[0])
    folder = tempfile.mkdtemp(prefix="vigil-browser-live-")
    article = Path(folder) / "2024-11-19-borno-market-attack.txt"
    article.write_text("Gunmen attack market in Borno\n\nGunmen killed five traders in an attack on a cattle market "
                       "near Monguno in Borno State, Nigeria, on Monday, police said.\n")
    vigil("ingest", str(article), db=db)
    vigil("process", db=db)
    wait.until(lambda d: int(d.find_element(By.ID, "summary").text.split()[0]) > before)
    print(f"live update: {before} events, then {driver.find_element(By.ID, 'summary').text.split()[0]} without a reload")


def feeds_and_alerts(driver, wait, base):
    """A feed and an alert added from their tabs show in their tables; the alert's secret is shown once."""
    if driver.find_element(By.ID, "detail").is_displayed():
        driver.find_element(By.ID, "detail-close").click()
    driver.find_element(By.ID, "tab-feeds").click()
    form = wait.until(EC.visibility_of_element_located((By.ID, "feed-form")))
    form.find_element(By.NAME, "url").send_keys("https://news.example.org/conflict.rss")
    form.find_element(By.NAME, "name").send_keys("Example conflict desk")
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    wait.until(EC.text_to_be_present_in_element((By.ID, "feed-table"), "Example conflict desk"))
    assert any(f["url"] == "https://news.example.org/conflict.rss" for f in get(base + "api/feeds")["feeds"])
    driver.find_element(By.ID, "tab-alerts").click()
    form = wait.until(EC.visibility_of_element_located((By.ID, "alert-form")))
    form.find_element(By.NAME, "name").send_keys("iraq-air")
    form.find_element(By.NAME, "filter").send_keys("country=Iraq sub_event_type=Air/drone strike")
    form.find_element(By.NAME, "webhook").send_keys("https://hooks.example.org/vigil")
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    wait.until(EC.text_to_be_present_in_element((By.ID, "alert-secret"), "signing secret"))
    wait.until(EC.text_to_be_present_in_element((By.ID, "alert-table"), "iraq-air"))
    driver.save_screenshot(str(OUT / "6-alerts.png"))
    print("feeds and alerts: added from the dashboard")


if __name__ == "__main__":
    main()
