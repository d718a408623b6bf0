#!/usr/bin/env python3
"""Drives `cleave serve` in headless Chromium as a project lead would, and checks the
figures against the command line.

    check_workbench.py CLEAVE INVENTORY OUTDIR

CLEAVE is the cleave executable; INVENTORY a scratch copy of an inventory (the check saves
an option into it and edits its files); OUTDIR receives the screenshots (1440 wide).

It starts the server on a free port, builds a new option by separating NNC and splitting
the digital area, and expects the one-off cost and the blocker count that `cleave options`
gives for the same option written by hand in a copy of the inventory. It searches for an
item and splits it, then removes it again; saves the option (the preview shows its YAML
and diff) and finds it in `cleave options`; then edits the inventory on disk as an
architect would and expects the open page to follow, to show the findings of a change
that does not validate, and to recover. Last, "NNC leaves but the Trust's systems and the
network stay shared until 2029" is built from nnc-leaves and compared with it, for the
README's screenshots.

Exit status: 0 every check passed; 1 a check failed; 77 the browser could not be used.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

from browser_support import check, click, console_errors, finish, shot, start_browser, wait_for

from selenium.common.exceptions import UnexpectedAlertPresentException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

NEW_ID = "digital-for-nnc"
BY_HAND = """options:
  - id: by-hand
    name: Digital for NNC, written by hand
    separate: [NNC]
    default: shared
    areas: {digital: split}
"""


def main():
    if len(sys.argv) != 4:
        print(__doc__)
        sys.exit(2)
    cleave, inventory, outdir = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2]), sys.argv[3]
    os.makedirs(outdir, exist_ok=True)
    expected = by_hand(cleave, inventory)
    print("     by hand: one-off %s, %d blockers" % (expected["oneOffCost"], expected["blockers"]["total"]))

    server = subprocess.Popen([cleave, "serve", inventory, "--port", "0"], stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True)
    try:
        address = None
        for line in server.stdout:
            print("     server: " + line.rstrip())
            if line.startswith("Open: "):
                address = line[len("Open: "):].strip()
                break
        if not check(address is not None, "cleave serve prints the address it listens on"):
            return
        driver = start_browser()
        try:
            run(driver, cleave, inventory, outdir, address, expected)
        except UnexpectedAlertPresentException:
            check(False, "no alert opens (an alert means inventory text ran as script)")
        finally:
            driver.quit()
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
    finish()


def options_json(cleave, inventory):
    out = subprocess.run([cleave, "options", inventory, "--format", "json"], capture_output=True, text=True)
    if out.returncode != 0:
        print(out.stderr)
        return {}
    return {o["id"]: o for o in json.loads(out.stdout)["options"]}


def by_hand(cleave, inventory):
    """The figures `cleave options` gives for the option written by hand, in a copy."""
    scratch = tempfile.mkdtemp(prefix="cleave-by-hand-")
    try:
        copy = os.path.join(scratch, "inventory")
        shutil.copytree(inventory, copy)
        with open(os.path.join(copy, "options-by-hand.yaml"), "w") as out:
            out.write(BY_HAND)
        found = options_json(cleave, copy).get("by-hand")
        if found is None:
            print("FAIL cleave options does not list the option written by hand")
            sys.exit(1)
        return found
    finally:
        shutil.rmtree(scratch)


def raw(driver, figure):
    """A figure's exact value, read in one step: the page redraws its figures after each
    evaluation, so an element found first and read afterwards can already be gone."""
    return driver.execute_script(
        "var e = document.getElementById(arguments[0]); return e ? e.getAttribute('data-raw') : null;",
        "fig-" + figure)


def figures_are(driver, one_off, blockers):
    cost, count = raw(driver, "oneOffCost"), raw(driver, "blockers")
    return cost is not None and count is not None and float(cost) == float(one_off) and int(count) == blockers


def choose(driver, select_id, value):
    Select(driver.find_element(By.ID, select_id)).select_by_value(value)


def run(driver, cleave, inventory, outdir, address, expected):
    started = time.time()
    driver.get(address)
    check(wait_for(lambda: "items" in driver.find_element(By.ID, "status").text and
                   driver.find_elements(By.ID, "fig-oneOffCost"), 60),
          "the workbench loads and evaluates an empty option (%.1f s)" % (time.time() - started))
    blank = (raw(driver, "oneOffCost"), raw(driver, "blockers"))
    shot(driver, outdir, "workbench-start.png")

    # A new option: separate NNC only, split the digital area.
    every = driver.find_element(By.ID, "separate-every")
    if every.is_selected():
        every.click()
    for box in driver.find_elements(By.CSS_SELECTOR, "#parties input[type=checkbox]"):
        if box.is_selected() != (box.get_attribute("id") == "party-NNC"):
            box.click()
    choose(driver, "area-digital", "split")
    one_off, blockers = expected["oneOffCost"], expected["blockers"]["total"]
    check(wait_for(lambda: figures_are(driver, one_off, blockers), 20),
          "splitting digital for NNC shows the one-off cost and blocker count of cleave options "
          "(%s, %d; page: %s, %s)" % (one_off, blockers, raw(driver, "oneOffCost"), raw(driver, "blockers")))
    check((raw(driver, "oneOffCost"), raw(driver, "blockers")) != blank,
          "the figures changed from the empty option's %s" % (blank,))
    timing = driver.find_element(By.ID, "timing")
    check(timing.text.startswith("Evaluated on the server in ") and
          float(timing.get_attribute("data-server-ms")) >= 0, "the page shows how long the evaluation took")

    # An item through search: split it, see it listed, remove it, and the figures return.
    search = driver.find_element(By.ID, "item-search")
    search.send_keys("wan")
    check(wait_for(lambda: driver.find_elements(By.CSS_SELECTOR, "#item-results li[data-item=wan]")),
          "searching for wan lists the item")
    click(driver, By.CSS_SELECTOR, "#item-results li[data-item=wan] button[aria-label='split wan']")
    check(wait_for(lambda: driver.find_elements(By.CSS_SELECTOR, "#items select[aria-label='What happens to wan']")),
          "the item is listed as split")
    check(wait_for(lambda: not figures_are(driver, one_off, blockers)), "splitting wan changes the figures")
    click(driver, By.CSS_SELECTOR, "#items button[aria-label='Remove wan']")
    check(wait_for(lambda: figures_are(driver, one_off, blockers)), "removing it gives back the figures")

    # Save: the preview shows the YAML and the diff, then the option is in the inventory.
    name = driver.find_element(By.ID, "option-id")
    name.clear()
    name.send_keys(NEW_ID)
    title = driver.find_element(By.ID, "option-name")
    title.clear()
    title.send_keys("Digital for NNC")
    driver.find_element(By.ID, "save-button").click()
    panel = driver.find_element(By.ID, "save-panel")
    check(wait_for(lambda: panel.is_displayed() and NEW_ID in driver.find_element(By.ID, "save-yaml").text),
          "save as option shows the YAML it will write")
    check("options.workbench.yaml" in driver.find_element(By.ID, "save-where").text,
          "the preview names the file it writes")
    check(NEW_ID in driver.find_element(By.ID, "save-diff").text, "the preview shows the cleave diff of the change")
    shot(driver, outdir, "workbench-save.png")
    driver.find_element(By.ID, "save-confirm").click()
    check(wait_for(lambda: "Saved " + NEW_ID in driver.find_element(By.ID, "status").text),
          "the page says the option was saved")
    saved = options_json(cleave, inventory).get(NEW_ID)
    check(saved is not None and saved["oneOffCost"] == one_off and saved["blockers"]["total"] == blockers,
          "cleave options lists %s with the same one-off cost and blockers" % NEW_ID)
    check(wait_for(lambda: driver.find_elements(By.CSS_SELECTOR, "#start-from option[value='%s']" % NEW_ID)),
          "the saved option can be started from")

    # The architect edits the inventory on disk: the open page follows without a reload.
    edited = os.path.join(inventory, "options-architect.yaml")
    with open(edited, "w") as out:
        out.write(BY_HAND.replace("by-hand", "from-the-editor"))
    check(wait_for(lambda: driver.find_elements(By.CSS_SELECTOR, "#start-from option[value=from-the-editor]"), 20),
          "an option written in an editor shows up in the open page")
    with open(edited, "w") as out:
        out.write("options:\n  - id: broken\n    separate: [NOBODY]\n")
    problem = driver.find_element(By.ID, "problem")
    check(wait_for(lambda: problem.is_displayed() and "options-architect.yaml" in problem.text, 20),
          "a change that does not validate shows its findings (%s)" % problem.text[:120])
    check(driver.find_elements(By.CSS_SELECTOR, "#start-from option[value=from-the-editor]") != [],
          "the page keeps the last good model meanwhile")
    shot(driver, outdir, "workbench-invalid.png")
    os.remove(edited)
    check(wait_for(lambda: not problem.is_displayed(), 20), "fixing it clears the findings")

    # The README's question, compared with nnc-leaves.
    driver.get(address)
    check(wait_for(lambda: driver.find_elements(By.CSS_SELECTOR, "#start-from option[value=nnc-leaves]"), 30),
          "the page reloads")
    choose(driver, "start-from", "nnc-leaves")
    driver.find_element(By.ID, "start-button").click()
    check(wait_for(lambda: "nnc-leaves-what-if" in driver.find_element(By.ID, "sheet-title").text, 20),
          "starting from nnc-leaves copies it")
    if not driver.execute_script("return document.getElementById('compare-nnc-leaves').checked"):
        click(driver, By.ID, "compare-nnc-leaves")
    before = raw(driver, "completeBy")
    search = driver.find_element(By.ID, "item-search")
    search.send_keys("wan")
    check(wait_for(lambda: driver.find_elements(By.CSS_SELECTOR, "#item-results li[data-item=wan]")),
          "searching for wan lists it again")
    click(driver, By.CSS_SELECTOR, "#item-results li[data-item=wan] button[aria-label='shared wan']")
    target = driver.find_element(By.ID, "target-date")
    driver.execute_script("arguments[0].value = '2029-03-31'; arguments[0].dispatchEvent(new Event('change'));", target)
    check(wait_for(lambda: "nnc-leaves" in driver.find_element(By.ID, "compare-table").text and
                   driver.find_element(By.ID, "business-case").get_attribute("data-npv")),
          "the what-if is compared with nnc-leaves, with its business case")
    print("     complete by: %s, then %s" % (before, raw(driver, "completeBy")))
    shot(driver, outdir, "workbench.png", full_page=True)
    driver.execute_script("arguments[0].scrollIntoView({block: 'start'})", driver.find_element(By.ID, "compare-table"))
    shot(driver, outdir, "workbench-compare.png")
    driver.execute_script("arguments[0].scrollIntoView({block: 'start'})", driver.find_element(By.ID, "business-case"))
    shot(driver, outdir, "workbench-case.png")

    severe = console_errors(driver)
    check(not severe, "no console errors%s" % (": " + severe[0]["message"] if severe else ""))


if __name__ == "__main__":
    main()
