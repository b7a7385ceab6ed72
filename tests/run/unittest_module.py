# A small unittest run on Taipan; the runner writes to a StringIO (its
# report has timings), and only the counts and failure names are printed.
import io
import unittest


class Arith(unittest.TestCase):
    def setUp(self):
        self.values = [3, 1, 2]

    def test_sorted(self):
        self.assertEqual(sorted(self.values), [1, 2, 3])

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError):
            1 / 0

    def test_fails(self):
        self.assertIn(4, self.values)

    def test_errors(self):
        raise KeyError("oops")

    @unittest.skip("not today")
    def test_skipped(self):
        pass

    @unittest.expectedFailure
    def test_expected(self):
        self.assertTrue(False)

    def test_subtests(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)


class Other(unittest.TestCase):
    def test_almost(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertCountEqual("abc", "cba")
        self.assertRegex("taipan", "^t.*n$")


loader = unittest.TestLoader()
suite = unittest.TestSuite()
suite.addTests(loader.loadTestsFromTestCase(Arith))
suite.addTests(loader.loadTestsFromTestCase(Other))
print(suite.countTestCases())
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
print(result.testsRun, len(result.failures), len(result.errors),
      len(result.skipped), len(result.expectedFailures), result.wasSuccessful())
for test, _ in result.failures + result.errors:
    print(test.id())
print("AssertionError: 4 not found in [3, 1, 2]" in stream.getvalue())
print("KeyError: 'oops'" in stream.getvalue())
