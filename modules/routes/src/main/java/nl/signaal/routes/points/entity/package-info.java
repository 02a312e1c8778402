/** The persistent reporting point with its covered areas, forms and audiences. */
package nl.signaal.routes.points.entity;
