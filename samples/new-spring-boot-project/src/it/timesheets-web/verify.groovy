// The new project's build passed; check that its main code is only the README's and that its JUnit test really ran
// (a surefire without the JUnit Platform finds no test and passes all the same).
def main = new File(basedir, 'src/main/java')
def sources = []
main.eachFileRecurse(groovy.io.FileType.FILES) { sources << main.toPath().relativize(it.toPath()).toString() }
assert sources.sort() == ['com/example/timesheets/ActivitiesController.java',
                          'com/example/timesheets/TimesheetsApplication.java'] : "main sources: ${sources}"
def report = new File(basedir, 'target/surefire-reports/TEST-com.example.timesheets.ConnectCompanyTest.xml')
assert report.isFile() : "surefire ran no ConnectCompanyTest: ${report} is missing"
def suite = new groovy.xml.XmlSlurper().parse(report)
assert suite.@tests.toInteger() == 2 : "ConnectCompanyTest ran ${suite.@tests} tests, not 2"
assert suite.@failures.toInteger() == 0 && suite.@errors.toInteger() == 0 && suite.@skipped.toInteger() == 0
return true
