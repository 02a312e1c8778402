/* The player replaces its content with each answer: move the keyboard and screen-reader focus to the new step's heading. */
function learnFocus() {
    var heading = document.getElementById('stage-heading');
    if (heading) {
        heading.focus();
    }
}
