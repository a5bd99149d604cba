package archfixture.learner.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;

/** A public view, where views are package-private. */
@Route("public-view")
public class PublicView extends Div {
}
