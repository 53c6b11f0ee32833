// The new project's build passed; check that it compiled with the processor and that its JUnit 5 test really ran
// (a surefire without the JUnit Platform finds no test and passes all the same).
def generated = new File(basedir, 'target/generated-sources/annotations/com/example/timesheets/BillableActivityApi.java')
assert generated.isFile() : "the processor generated no BillableActivityApi: ${generated}"
def report = new File(basedir, 'target/surefire-reports/TEST-com.example.timesheets.BillableActivityTest.xml')
assert report.isFile() : "surefire ran no BillableActivityTest: ${report} is missing"
def suite = new groovy.xml.XmlSlurper().parse(report)
assert suite.@tests.toInteger() == 1 : "BillableActivityTest ran ${suite.@tests} tests, not 1"
assert suite.@failures.toInteger() == 0 && suite.@errors.toInteger() == 0 && suite.@skipped.toInteger() == 0
return true
