#!/usr/bin/env python3
"""Loads a Cleave HTML report in headless Chromium and checks that it works as a reader
would use it: no console errors, the explorer finds an item by id and opens its panel, an
option section opens from the contents, a map node opens its item, and a table sorts.
Saves screenshots (1440x900) and the print version as PDF into OUTDIR.

    check_report.py REPORT.html OUTDIR ITEM_ID [--hostile NAME ...]

Exit status: 0 every check passed; 1 a check failed; 77 the browser could not be used
(the reason is printed, so a caller records a skip, never a pass).
"""
import base64
import os
import sys
import time

from browser_support import check, console_errors, finish, shot, start_browser, wait_for

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.common.exceptions import UnexpectedAlertPresentException


def main():
    if len(sys.argv) < 4:
        print(__doc__)
        sys.exit(2)
    report, outdir, item_id = os.path.abspath(sys.argv[1]), sys.argv[2], sys.argv[3]
    hostile = sys.argv[sys.argv.index("--hostile") + 1:] if "--hostile" in sys.argv else []
    os.makedirs(outdir, exist_ok=True)
    driver = start_browser()
    try:
        run(driver, report, outdir, item_id, hostile)
    except UnexpectedAlertPresentException:
        check(False, "no alert opens (an alert means inventory text ran as script)")
    finally:
        driver.quit()
    finish()


def run(driver, report, outdir, item_id, hostile):
    started = time.time()
    driver.get("file://" + report)
    check(wait_for(lambda: driver.execute_script("return document.readyState") == "complete", 60),
          "the report loads (%.1f s)" % (time.time() - started))
    requests = driver.execute_script(
        "return performance.getEntriesByType('resource').map(function (e) { return e.name; })")
    check(requests == [], "nothing is fetched from anywhere: %s" % (requests[:3] or "none"))
    shot(driver, outdir, "report-top.png")

    # The explorer: type an id, see its panel.
    search = driver.find_element(By.ID, "explorer-search")
    driver.execute_script("arguments[0].scrollIntoView({block: 'start'})", driver.find_element(By.ID, "explorer"))
    search.send_keys(item_id)
    panel = driver.find_element(By.ID, "item-panel")
    opened = wait_for(lambda: panel.is_displayed() and
                      driver.find_element(By.CSS_SELECTOR, "#item-body .sub").text.startswith(item_id + " "))
    check(opened, "typing %s into the explorer opens its panel" % item_id)
    if opened:
        text = panel.text
        check("Under each option" in text and "Depends on" in text and "Depended on by" in text,
              "the panel shows the item's options, dependencies and dependents")
    results = driver.find_elements(By.CSS_SELECTOR, "#explorer-results li")
    check(len(results) >= 1, "the explorer lists matching items (%d)" % len(results))
    shot(driver, outdir, "report-explorer.png")

    # A dependency in the panel opens in turn.
    links = driver.find_elements(By.CSS_SELECTOR, "#item-body ul.links a.item")
    if links:
        target = links[0].text
        links[0].click()
        check(wait_for(lambda: driver.find_element(By.CSS_SELECTOR, "#item-body .sub").text.startswith(target + " ")),
              "clicking a dependency (%s) opens it" % target)
    driver.find_element(By.ID, "item-close").click()
    check(wait_for(lambda: not panel.is_displayed()), "the close button hides the panel")

    # An option section, from the contents.
    option_links = driver.find_elements(By.CSS_SELECTOR, "nav.contents li.sub a")
    check(len(option_links) >= 1, "the contents list the options (%d)" % len(option_links))
    if option_links:
        anchor = option_links[0].get_attribute("href").split("#", 1)[1]
        option_links[0].click()
        section = driver.find_element(By.ID, anchor)
        in_view = wait_for(lambda: driver.execute_script(
            "var r = arguments[0].getBoundingClientRect(); return r.top >= -2 && r.top < 200;", section))
        check(in_view, "the contents open the option section #%s" % anchor)
        check("Blockers" in section.text, "the option section lists its blockers")
        shot(driver, outdir, "report-option.png")
        frames = section.find_elements(By.CSS_SELECTOR, ".map-frame")
        node = None
        if frames:
            driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", frames[0])
            # A node the map shows now, well inside its frame.
            node = driver.execute_script(
                "var f = arguments[0].getBoundingClientRect();"
                "return Array.prototype.find.call(arguments[0].querySelectorAll('g.item-node'), function (n) {"
                "  var r = n.getBoundingClientRect(); return r.width > 8 && r.left > f.left + 20 && r.right < f.right - 20"
                "    && r.top > f.top + 20 && r.bottom < f.bottom - 20; }) || null;", frames[0])
        if node:
            node_item = node.get_attribute("data-item")
            ActionChains(driver).move_to_element(node).click().perform()
            check(wait_for(lambda: panel.is_displayed() and
                           driver.find_element(By.CSS_SELECTOR, "#item-body .sub").text.startswith(node_item + " ")),
                  "clicking map node %s opens its panel" % node_item)
            shot(driver, outdir, "report-map-click.png")
            driver.find_element(By.ID, "item-close").click()
            frame = section.find_element(By.CSS_SELECTOR, ".map-frame svg")
            view_box = lambda: driver.execute_script("return arguments[0].getAttribute('viewBox')", frame)
            before = view_box()
            section.find_element(By.CSS_SELECTOR, "[data-zoom=in]").click()
            check(view_box() != before, "the zoom button zooms the map")
            before = view_box()
            driver.execute_script(
                "var f = arguments[0], r = f.getBoundingClientRect();"
                "f.dispatchEvent(new WheelEvent('wheel', {deltaY: -120, clientX: r.left + r.width / 2,"
                "  clientY: r.top + r.height / 2, bubbles: true, cancelable: true}));", frames[0])
            check(view_box() == before, "the wheel scrolls the page past a map that has not been clicked")
            ActionChains(driver).move_to_element_with_offset(frames[0], 0, 0).click().perform()  # activate it
            driver.execute_script(
                "var f = arguments[0], r = f.getBoundingClientRect();"
                "f.dispatchEvent(new WheelEvent('wheel', {deltaY: -120, clientX: r.left + r.width / 2,"
                "  clientY: r.top + r.height / 2, bubbles: true, cancelable: true}));", frames[0])
            check(view_box() != before, "the wheel zooms a map that has been clicked")
        else:
            print("     (no map node to click: the option's map is above the node limit)")

    # A sortable table sorts.
    table = driver.find_element(By.CSS_SELECTOR, "table.sortable")
    header = table.find_elements(By.CSS_SELECTOR, "thead th")[0]
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", header)
    header.click()
    check(header.get_attribute("aria-sort") == "ascending", "clicking a column heading sorts the table")

    for name in hostile:
        search.clear()
        driver.execute_script("arguments[0].scrollIntoView({block: 'start'})", search)
        search.send_keys(name[:12])
        found = wait_for(lambda: any(name in li.text for li in driver.find_elements(By.CSS_SELECTOR, "#explorer-results li")))
        check(found, "the item named %r shows as text in the explorer" % name)

    severe = console_errors(driver)
    check(not severe, "no console errors%s" % (": " + severe[0]["message"] if severe else ""))

    pdf = driver.execute_cdp_cmd("Page.printToPDF", {"preferCSSPageSize": True, "printBackground": True})
    path = os.path.join(outdir, "report-print.pdf")
    with open(path, "wb") as out:
        out.write(base64.b64decode(pdf["data"]))
    print("     saved " + path)


if __name__ == "__main__":
    main()
