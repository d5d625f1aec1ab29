package org.hearth.journeys;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.hearth.HearthTest;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A journey through the real pages in headless Chromium against the running application.
 * Runs when {@code -Dhearth.browser-tests=true}, or on "auto" when Debian's chromium and
 * chromedriver are installed; otherwise the journeys are skipped, not failed.
 */
@HearthTest
public abstract class BrowserJourney {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	@LocalServerPort
	int port;

	protected WebDriver browser;

	@BeforeEach
	void openBrowser() throws Exception {
		String mode = System.getProperty("hearth.browser-tests", "auto");
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		Assumptions.assumeFalse(mode.equals("false"), "browser journeys are switched off");
		if (mode.equals("true") && !installed) {
			throw new IllegalStateException(
					"Browser journeys were asked for, but chromium and chromedriver are not installed");
		}
		Assumptions.assumeTrue(installed, "chromium and chromedriver are not installed");
		var options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1200,900",
				"--user-data-dir=" + Files.createTempDirectory("hearth-chromium"));
		var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
		browser = new ChromeDriver(service, options);
		browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	protected void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

	protected void type(String label, String text) {
		WebElement field = browser.findElement(By
			.id(browser.findElement(By.xpath("//label[normalize-space()='" + label + "']")).getDomAttribute("for")));
		field.clear();
		field.sendKeys(text);
	}

	protected void press(String button) {
		browser.findElement(By.xpath("//button[normalize-space()='" + button + "']")).click();
	}

	protected void follow(String link) {
		browser.findElement(By.linkText(link)).click();
	}

	protected String heading() {
		return new WebDriverWait(browser, Duration.ofSeconds(5))
			.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")))
			.getText();
	}

	/**
	 * The text of the page once it has loaded; a page replaced while it was being read (a
	 * form's answer arriving) is read again.
	 */
	protected String pageText() {
		return new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
			.until(driver -> "complete"
				.equals(((JavascriptExecutor) driver).executeScript("return document.readyState"))
						? driver.findElement(By.tagName("body")).getText() : null);
	}

	protected void signIn(String email, String password) {
		open("/sign-in");
		type("E-mail", email);
		type("Password", password);
		WebElement button = browser.findElement(By.xpath("//button[normalize-space()='Sign in']"));
		button.click();
		// Wait for the answer to the form, whatever it is: a page opened before it
		// arrives
		// is replaced by it (a journey read the home page where it had opened another).
		new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(button));
	}

}
