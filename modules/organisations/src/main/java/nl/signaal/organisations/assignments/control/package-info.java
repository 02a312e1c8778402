/** When an assignment is due for one person and whether they are done: pure date logic, unit-tested. */
package nl.signaal.organisations.assignments.control;
