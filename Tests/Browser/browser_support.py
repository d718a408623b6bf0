"""What the browser checks share: recording checks, waiting without sleeping blindly, and
starting headless Chromium through Selenium, or saying plainly why it cannot start.

Exit status of a check script: 0 every check passed; 1 a check failed; 77 the browser could
not be used (the reason is printed, so a caller records a skip, never a pass).
"""
import os
import shutil
import sys
import time

SKIP = 77


def skip(reason):
    print("SKIP: " + reason)
    sys.exit(SKIP)


try:
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service
    from selenium.common.exceptions import WebDriverException
except ImportError as error:
    skip("Selenium is not installed (python3 -m pip install selenium): %s" % error)

failures = []


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what)
    if not condition:
        failures.append(what)
    return condition


def wait_for(predicate, seconds=10):
    """Polls `predicate` until it is true or `seconds` pass; True when it became true."""
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            if predicate():
                return True
        except WebDriverException:
            pass
        time.sleep(0.1)
    return False


def click(driver, by, what):
    """Finds and clicks an element in one step, again if the page redrew it in between."""
    def once():
        driver.find_element(by, what).click()
        return True
    if not wait_for(once, 10):
        driver.find_element(by, what).click()


def start_browser(width=1440, height=900):
    """Headless Chromium with its console log kept, or a skip that says why not."""
    browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    driver_path = shutil.which("chromedriver")
    if not browser or not driver_path:
        skip("chromium and chromedriver are not installed (apt-get install chromium chromium-driver)")
    options = Options()
    options.binary_location = browser
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=%d,%d" % (width, height),
                "--hide-scrollbars", "--disable-dev-shm-usage"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    try:
        driver = webdriver.Chrome(service=Service(driver_path), options=options)
    except WebDriverException as error:
        skip("Chromium could not be started: %s" % str(error).splitlines()[0])
    driver.set_window_size(width, height)
    return driver


def shot(driver, outdir, name, full_page=False):
    """Saves a screenshot; with `full_page`, the window grows to the page's height first."""
    path = os.path.join(outdir, name)
    if full_page:
        size = driver.get_window_size()
        height = driver.execute_script("return document.documentElement.scrollHeight")
        driver.set_window_size(size["width"], min(max(height, size["height"]), 6000))
        driver.save_screenshot(path)
        driver.set_window_size(size["width"], size["height"])
    else:
        driver.save_screenshot(path)
    print("     saved " + path)


def console_errors(driver):
    return [entry for entry in driver.get_log("browser") if entry.get("level") == "SEVERE"]


def finish():
    if failures:
        print("%d check(s) failed" % len(failures))
        sys.exit(1)
    print("all browser checks passed")
